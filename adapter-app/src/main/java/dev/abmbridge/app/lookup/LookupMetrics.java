package dev.abmbridge.app.lookup;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code abm_lookup_requests_seconds} ({@code _count}, {@code _sum}, {@code _max}) by {@code key} (the holder's
 * name, {@code none} without an active key; never the key) and {@code outcome}: the time from the request's arrival
 * at the filter to its answer being ready to send. The look-up is answered ahead of
 * Boot's request observation, which costs more than the look-up itself; these timers are found with one map probe
 * and recorded without allocating.
 */
final class LookupMetrics {

    static final String NAME = "abm.lookup.requests";
    private static final String NO_KEY = "none";

    private final MeterRegistry registry;
    /** Per holder, one timer per {@link AccountLookup.Outcome}, by ordinal. */
    private final ConcurrentHashMap<String, Timer[]> byHolder = new ConcurrentHashMap<>();

    LookupMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String holder, AccountLookup.Outcome outcome, long nanos) {
        Timer[] timers = byHolder.get(holder == null ? NO_KEY : holder);
        if (timers == null) {
            timers = byHolder.computeIfAbsent(holder == null ? NO_KEY : holder, this::timers);
        }
        timers[outcome.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer[] timers(String holder) {
        AccountLookup.Outcome[] outcomes = AccountLookup.Outcome.values();
        Timer[] timers = new Timer[outcomes.length];
        for (AccountLookup.Outcome outcome : outcomes) {
            timers[outcome.ordinal()] = Timer.builder(NAME)
                    .description("Account look-up API requests by key holder and outcome")
                    .tags("key", holder, "outcome", outcome.label())
                    .register(registry);
        }
        return timers;
    }
}
