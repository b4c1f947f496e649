package dev.abmbridge.core.spi;

import java.util.List;

/**
 * The bulk side of an {@link InsightSink} whose system has a bulk API (Salesforce's Bulk API): one bulk write takes
 * many more updates than one {@link InsightSink#write} call but costs several API calls (a job, its batches, polls,
 * results), so it only pays off above a size. The engine hands a sink at most {@link #maxUpdates()} updates of one
 * kind at a time; more than {@link #threshold()} of them go to {@link #write}, fewer to the sink's ordinary calls.
 * The contract of {@link InsightSink#write} holds here too: owned fields only, one outcome per update, idempotent,
 * {@link SystemUnavailableException} for a failure of the whole write that is worth retrying.
 */
public interface BulkWriter {

    /** The most updates one bulk write may carry. */
    int maxUpdates();

    /** More updates of one kind than this, handed over together, are written in bulk. */
    int threshold();

    /** One bulk write (several API calls); {@code updates.size() <= maxUpdates()}, all of one kind. */
    List<Outcome> write(List<RecordUpdate> updates);

    /**
     * The fewest API calls one bulk write makes (Salesforce: create the job, add its batch, close it, poll once, read
     * the result = 5): the plan's minimum counts a bulk write as this many calls, so it can be compared with the calls
     * made. One unless the writer says otherwise.
     */
    default int minCallsPerWrite() {
        return 1;
    }

    /**
     * API calls made by bulk writes so far, failed attempts included: the engine counts the difference across a
     * write into the run's sink calls, as one {@link InsightSink#write} counts one.
     */
    long callsMade();
}
