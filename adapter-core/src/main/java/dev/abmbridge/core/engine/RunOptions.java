package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.RecordKind;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How to run.
 *
 * @param dryRun  plan only: nothing is sent to any destination, nothing is marked done
 * @param pull    read the sources first; false re-evaluates from the snapshots with no source call at all
 * @param records when not empty, the pull reads only these records, by id, per system and kind (the records a
 *                webhook reported changed) instead of everything changed since each cursor, and leaves every cursor
 *                where it is, so the next full pull still reads whatever else changed; engagement is not refreshed
 */
public record RunOptions(boolean dryRun, boolean pull, Map<String, Map<RecordKind, Set<String>>> records) {

    public static final RunOptions SYNC = new RunOptions(false, true);
    public static final RunOptions DRY_RUN = new RunOptions(true, true);
    /** Re-evaluate stored snapshots (after a playbook change) and apply, reading no source. */
    public static final RunOptions REEVALUATE = new RunOptions(false, false);

    public RunOptions {
        Map<String, Map<RecordKind, Set<String>>> copy = new TreeMap<>();
        (records == null ? Map.<String, Map<RecordKind, Set<String>>>of() : records).forEach((system, byKind) -> {
            EnumMap<RecordKind, Set<String>> kinds = new EnumMap<>(RecordKind.class);
            byKind.forEach((kind, ids) -> {
                if (!ids.isEmpty()) {
                    kinds.put(kind, Set.copyOf(new LinkedHashSet<>(ids)));
                }
            });
            if (!kinds.isEmpty()) {
                copy.put(system, Map.copyOf(kinds));
            }
        });
        records = Map.copyOf(copy);
    }

    public RunOptions(boolean dryRun, boolean pull) {
        this(dryRun, pull, Map.of());
    }

    /** A run that reads just these records of one system (a webhook's changes), then evaluates and applies. */
    public static RunOptions records(String system, Map<RecordKind, Set<String>> ids, boolean dryRun) {
        return new RunOptions(dryRun, true, Map.of(system, ids));
    }

    /** Whether the pull reads only given records. */
    public boolean targeted() {
        return !records.isEmpty();
    }
}
