package dev.abmbridge.core.spi.testing;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** An ad platform's audiences in memory; counts calls and how often each member was added. */
public final class InMemoryAudiences implements AudienceDestination {

    private final String system;
    private final int maxBatch;
    private final Map<String, Set<String>> audiences = new TreeMap<>();
    private final Map<String, Integer> addsPerMember = new TreeMap<>();
    private final Set<String> rejectKeys = new HashSet<>();
    private int applyCalls;

    public InMemoryAudiences(String system, int maxBatch) {
        this.system = system;
        this.maxBatch = maxBatch;
    }

    public void reject(String key) {
        rejectKeys.add(key);
    }

    public Map<String, Set<String>> audiences() {
        Map<String, Set<String>> copy = new TreeMap<>();
        audiences.forEach((a, m) -> copy.put(a, new TreeSet<>(m)));
        return copy;
    }

    public Map<String, Integer> addsPerMember() {
        return Map.copyOf(addsPerMember);
    }

    public int applyCalls() {
        return applyCalls;
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public int maxBatchSize() {
        return maxBatch;
    }

    @Override
    public RateLimit rateLimit() {
        return new RateLimit(1000, Duration.ofSeconds(1));
    }

    @Override
    public void ensureAudience(String audienceId, String displayName) {
        audiences.computeIfAbsent(audienceId, a -> new TreeSet<>());
    }

    @Override
    public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        if (changes.size() > maxBatch) {
            throw new IllegalArgumentException("batch over the maximum");
        }
        applyCalls++;
        Set<String> members = audiences.computeIfAbsent(audienceId, a -> new TreeSet<>());
        List<Outcome> out = new ArrayList<>();
        for (MemberChange c : changes) {
            if (rejectKeys.contains(c.key())) {
                out.add(Outcome.rejected(c.key(), "invalid member"));
            } else if (c.add()) {
                addsPerMember.merge(audienceId + "/" + c.key(), 1, Integer::sum);
                members.add(c.key());
                out.add(Outcome.ok(c.key()));
            } else {
                members.remove(c.key());
                out.add(Outcome.ok(c.key()));
            }
        }
        return out;
    }

    @Override
    public Set<String> members(String audienceId, Collection<String> keys) {
        Set<String> members = audiences.getOrDefault(audienceId, Set.of());
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (members.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
