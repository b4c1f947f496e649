package dev.abmbridge.core.spi.testing;

import dev.abmbridge.core.spi.AccountEngagement;
import dev.abmbridge.core.spi.EngagementSource;
import dev.abmbridge.core.spi.SystemUnavailableException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Engagement scores set by the test, per domain; counts fetches and remembers the last window asked for. */
public final class InMemoryEngagement implements EngagementSource {

    private final String system;
    private final Map<String, Integer> scores = new TreeMap<>();
    private int fetches;
    private boolean unavailable;
    private LocalDate lastFrom;
    private LocalDate lastTo;

    public InMemoryEngagement(String system) {
        this.system = system;
    }

    public InMemoryEngagement set(String domain, int score) {
        scores.put(domain, score);
        return this;
    }

    public InMemoryEngagement remove(String domain) {
        scores.remove(domain);
        return this;
    }

    /** Every fetch fails with a passing error until called again with false. */
    public void unavailable(boolean down) {
        this.unavailable = down;
    }

    public int fetches() {
        return fetches;
    }

    public LocalDate lastFrom() {
        return lastFrom;
    }

    public LocalDate lastTo() {
        return lastTo;
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public int windowDays() {
        return 30;
    }

    @Override
    public List<AccountEngagement> engagement(LocalDate from, LocalDate to) {
        fetches++;
        lastFrom = from;
        lastTo = to;
        if (unavailable) {
            throw new SystemUnavailableException(system + " engagement: 503", null);
        }
        List<AccountEngagement> out = new ArrayList<>();
        scores.forEach((domain, score) -> out.add(new AccountEngagement(domain, List.of(), score * 10L, score, score, score)));
        return out;
    }
}
