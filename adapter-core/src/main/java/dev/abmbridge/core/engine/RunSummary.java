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
 * @param plannedBatches the fewest writes per system, its sink's and its audience destination's together:
 *                      ceil(records to write ÷ the stream's batch maximum) calls per stream, each stream cut by its own
 *                      connector (a sink's field writes by the sink's batch size, an audience's members by the
 *                      destination's), except that each hand-over above a sink's bulk threshold is one bulk write,
 *                      counted at the fewest calls one costs ({@link dev.abmbridge.core.spi.BulkWriter#minCallsPerWrite})
 * @param reads         per system and object ({@code Account}, {@code Contact}): records read and pages asked
 * @param writes        per system and object: records written and the calls that wrote them (0 in a dry run)
 * @param audienceCalls membership calls per {@code system/audienceId}
 * @param plannedAudienceCalls the fewest membership calls per {@code system/audienceId} (part of
 *                      {@code plannedBatches}); empty in summaries stored before it was counted
 * @param audienceNotInSystem members of the accounts evaluated, per {@code system/audienceId}, left out because the
 *                      destination is a synced system without a record of them (a HubSpot list holds HubSpot
 *                      records only); empty in summaries stored before it was counted
 */
public record RunSummary(String runId, boolean dryRun, String playbookHash, Map<String, Integer> recordsRead,
                         Map<String, Integer> sourceCalls, int recordsChanged, int engagementChanges,
                         int accountsEvaluated,
                         int likelyDuplicates, int recoveredBatches,
                         Map<String, Map<String, Integer>> fieldChanges, Map<String, Integer> recordsToWrite,
                         Map<String, Integer> plannedBatches, Map<String, Integer> sinkCalls,
                         Map<String, Integer> recordsWritten, Map<String, Integer> deadLettered,
                         Map<String, Integer> tierMoves, Map<String, Integer> audienceAdds,
                         Map<String, Integer> audienceRemoves, int contactsWithoutEmail, List<Diff> samples,
                         Map<String, Map<String, Traffic>> reads, Map<String, Map<String, Traffic>> writes,
                         Map<String, Integer> audienceCalls, Map<String, Integer> plannedAudienceCalls,
                         Map<String, Integer> audienceNotInSystem) {

    public RunSummary {
        plannedAudienceCalls = plannedAudienceCalls == null ? Map.of() : plannedAudienceCalls;
        audienceNotInSystem = audienceNotInSystem == null ? Map.of() : audienceNotInSystem;
    }

    /** A run without the per-object traffic (summaries built before it was counted). */
    public RunSummary(String runId, boolean dryRun, String playbookHash, Map<String, Integer> recordsRead,
                      Map<String, Integer> sourceCalls, int recordsChanged, int engagementChanges, int accountsEvaluated,
                      int likelyDuplicates, int recoveredBatches, Map<String, Map<String, Integer>> fieldChanges,
                      Map<String, Integer> recordsToWrite, Map<String, Integer> plannedBatches,
                      Map<String, Integer> sinkCalls, Map<String, Integer> recordsWritten,
                      Map<String, Integer> deadLettered, Map<String, Integer> tierMoves,
                      Map<String, Integer> audienceAdds, Map<String, Integer> audienceRemoves,
                      int contactsWithoutEmail, List<Diff> samples) {
        this(runId, dryRun, playbookHash, recordsRead, sourceCalls, recordsChanged, engagementChanges,
                accountsEvaluated, likelyDuplicates, recoveredBatches, fieldChanges, recordsToWrite, plannedBatches,
                sinkCalls, recordsWritten, deadLettered, tierMoves, audienceAdds, audienceRemoves, contactsWithoutEmail,
                samples, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Records moved and API calls made for one object of one system. */
    public record Traffic(int records, int calls) {

        Traffic plus(int moreRecords, int moreCalls) {
            return new Traffic(records + moreRecords, calls + moreCalls);
        }
    }

    /** The object name of a record kind in the traffic maps. */
    public static String object(dev.abmbridge.core.spi.RecordKind kind) {
        return kind == dev.abmbridge.core.spi.RecordKind.ACCOUNT ? "Account" : "Contact";
    }

    public int totalDeadLettered() {
        return deadLettered.values().stream().mapToInt(Integer::intValue).sum();
    }

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
