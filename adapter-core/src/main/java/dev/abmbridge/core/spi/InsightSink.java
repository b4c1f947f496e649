package dev.abmbridge.core.spi;

import java.util.List;
import java.util.Optional;

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

    /** Bulk writes, when the system has them and they are turned on; none by default. */
    default Optional<BulkWriter> bulkWriter() {
        return Optional.empty();
    }
}
