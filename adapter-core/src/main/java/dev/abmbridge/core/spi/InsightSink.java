package dev.abmbridge.core.spi;

import java.util.List;

/**
 * Writes owned fields to the records of one system. The contract (checked by the contract test suite):
 * <ul>
 *   <li>{@code write} touches only the owned fields named in each update, never another field;</li>
 *   <li>it returns one {@link Outcome} per update, in any order, with the update's id: a rejected record does not
 *       stop its batch-mates;</li>
 *   <li>writing the same values again leaves the same state (idempotent re-apply);</li>
 *   <li>a failure of the whole call that is worth retrying is a {@link SystemUnavailableException}.</li>
 * </ul>
 */
public interface InsightSink {

    String system();

    /** The most updates one call may carry. */
    int maxBatchSize();

    RateLimit rateLimit();

    /** One API call; {@code updates.size() <= maxBatchSize()}. */
    List<Outcome> write(List<RecordUpdate> updates);
}
