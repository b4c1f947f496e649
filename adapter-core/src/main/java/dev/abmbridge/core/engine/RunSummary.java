package dev.abmbridge.core.engine;

import java.util.List;
import java.util.Map;

/**
 * What a run did (or, for a dry run, would do). Maps are sorted by key. Keys of audience maps are
 * {@code system/audienceId}; of tier moves {@code old → new} ("none" for no tier).
 *
 * @param sourceCalls   pages asked of each source (an engagement fetch counts as one)
 * @param engagementChanges companies whose engagement score is new, changed or gone since the last fetch
 * @param sinkCalls     API calls made to each sink or audience destination (0 in a dry run); a bulk write counts the
 *                      calls its writer reports
 * @param plannedBatches the fewest writes per system: ceil(records to write ÷ the sink's batch maximum) calls per
 *                      stream, except that each hand-over above a sink's bulk threshold is one bulk write
 *                      (see {@link dev.abmbridge.core.spi.BulkWriter})
 */
public record RunSummary(String runId, boolean dryRun, String playbookHash, Map<String, Integer> recordsRead,
                         Map<String, Integer> sourceCalls, int recordsChanged, int engagementChanges,
                         int accountsEvaluated,
                         int likelyDuplicates, int recoveredBatches,
                         Map<String, Map<String, Integer>> fieldChanges, Map<String, Integer> recordsToWrite,
                         Map<String, Integer> plannedBatches, Map<String, Integer> sinkCalls,
                         Map<String, Integer> recordsWritten, Map<String, Integer> deadLettered,
                         Map<String, Integer> tierMoves, Map<String, Integer> audienceAdds,
                         Map<String, Integer> audienceRemoves, int contactsWithoutEmail, List<Diff> samples) {

    /** A sample field change. */
    public record Diff(String system, String kind, String id, String field, String oldValue, String newValue) {
    }

    public int totalSinkCalls() {
        return sinkCalls.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalRecordsToWrite() {
        return recordsToWrite.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalRecordsRead() {
        return recordsRead.values().stream().mapToInt(Integer::intValue).sum();
    }
}
