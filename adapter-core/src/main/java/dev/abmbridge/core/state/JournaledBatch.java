package dev.abmbridge.core.state;

/**
 * A batch in the journal.
 *
 * @param type    FIELDS or MEMBERS
 * @param payload the batch as JSON, written before it was sent
 */
public record JournaledBatch(long id, String runId, String system, String type, String audienceId, String state,
                             String payload) {
}
