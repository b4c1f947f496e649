package dev.abmbridge.linkedin;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link LinkedInSegmentRegistry} in memory (tests, dry runs, one-off exports). */
public final class InMemoryLinkedInSegmentRegistry implements LinkedInSegmentRegistry {

    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();

    private static String key(String audienceId, LinkedInSegmentType type) {
        return audienceId + '\u0000' + type;
    }

    @Override
    public Optional<String> segmentId(String audienceId, LinkedInSegmentType type) {
        return Optional.ofNullable(ids.get(key(audienceId, type)));
    }

    @Override
    public void saveSegmentId(String audienceId, LinkedInSegmentType type, String segmentId) {
        ids.put(key(audienceId, type), segmentId);
    }

    @Override
    public int memberCount(String audienceId, LinkedInSegmentType type) {
        return members.getOrDefault(key(audienceId, type), Set.of()).size();
    }

    @Override
    public Set<String> members(String audienceId, LinkedInSegmentType type, Collection<String> keys) {
        Set<String> held = members.getOrDefault(key(audienceId, type), Set.of());
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (held.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    @Override
    public synchronized void applied(String audienceId, LinkedInSegmentType type, Collection<String> added,
                                     Collection<String> removed) {
        Set<String> held = members.computeIfAbsent(key(audienceId, type), k -> ConcurrentHashMap.newKeySet());
        held.addAll(added);
        held.removeAll(removed);
    }
}
