package dev.abmbridge.app.serve;

import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.state.DeadLetter;
import dev.abmbridge.core.state.StateStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@code abm_*} metrics (Prometheus names): per system {@code abm_records_read_total},
 * {@code abm_records_written_total}, {@code abm_api_calls_total} and {@code abm_api_quota_remaining}; per connection
 * and outcome {@code abm_runs_total} and {@code abm_run_duration_seconds}; per system and kind
 * {@code abm_dead_letters} (open ones, refreshed after every run and at start).
 */
public final class SyncMetrics {

    private final MeterRegistry registry;
    private final StateStore store;
    private final MultiGauge deadLetters;

    public SyncMetrics(MeterRegistry registry, StateStore store, Map<String, Supplier<OptionalLong>> quotaLeft) {
        this.registry = registry;
        this.store = store;
        this.deadLetters = MultiGauge.builder("abm.dead.letters")
                .description("Records, members and runs that failed and are still to retry (not discarded)")
                .register(registry);
        quotaLeft.forEach((system, left) -> Gauge.builder("abm.api.quota.remaining",
                        () -> left.get().isPresent() ? left.get().getAsLong() : Double.NaN)
                .description("API calls the system has left in its current quota window")
                .tag("system", system).register(registry));
        refreshDeadLetters();
    }

    /** A run that ended with a summary. */
    public void succeeded(String connection, RunSummary summary, Duration took) {
        count("abm.records.read", "Records read from each source", summary.recordsRead());
        count("abm.records.written", "Records written to each destination", summary.recordsWritten());
        count("abm.api.calls", "API calls made to each system", summary.sourceCalls());
        count("abm.api.calls", "API calls made to each system", summary.sinkCalls());
        ran(connection, summary.dryRun() ? "planned" : "synced", took);
        refreshDeadLetters();
    }

    /** A run that threw (it becomes a run-level dead letter). */
    public void failed(String connection, Duration took) {
        ran(connection, "failed", took);
    }

    /** Re-reads the open dead letters from the state store. */
    public void refreshDeadLetters() {
        Map<List<String>, Integer> open = new TreeMap<>((a, b) -> String.join("/", a).compareTo(String.join("/", b)));
        for (DeadLetter d : store.deadLetters()) {
            if (!d.discarded()) {
                open.merge(List.of(d.system(), d.kind()), 1, Integer::sum);
            }
        }
        deadLetters.register(open.entrySet().stream().map(e -> MultiGauge.Row.of(
                Tags.of("system", e.getKey().get(0), "kind", e.getKey().get(1)), e.getValue())).toList(), true);
    }

    private void ran(String connection, String outcome, Duration took) {
        Counter.builder("abm.runs").description("Sync runs by connection and outcome")
                .tags("connection", connection, "outcome", outcome).register(registry).increment();
        Timer.builder("abm.run.duration").description("How long sync runs take")
                .tags("connection", connection, "outcome", outcome).register(registry).record(took);
    }

    private void count(String name, String description, Map<String, Integer> bySystem) {
        bySystem.forEach((system, n) -> Counter.builder(name).description(description).tag("system", system)
                .register(registry).increment(n));
    }
}
