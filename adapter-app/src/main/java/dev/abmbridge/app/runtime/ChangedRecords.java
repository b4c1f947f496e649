package dev.abmbridge.app.runtime;

import dev.abmbridge.core.spi.RecordKind;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The records a system reported changed (a webhook) that a run was asked for; empty for a scheduled tick. A runner
 * may narrow its reads to them; one that does not simply runs the connection's incremental sync, whose pull reaches
 * them anyway because their modification time moved past the cursor.
 *
 * @param system the system that reported them, e.g. {@code hubspot}; empty when nothing is targeted
 * @param ids    the ids by kind
 */
public record ChangedRecords(String system, Map<RecordKind, Set<String>> ids) {

    public static final ChangedRecords NONE = new ChangedRecords("", Map.of());

    public ChangedRecords {
        EnumMap<RecordKind, Set<String>> copy = new EnumMap<>(RecordKind.class);
        ids.forEach((kind, set) -> {
            if (!set.isEmpty()) {
                copy.put(kind, Set.copyOf(new LinkedHashSet<>(set)));
            }
        });
        ids = Map.copyOf(copy);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.values().stream().mapToInt(Set::size).sum();
    }
}
