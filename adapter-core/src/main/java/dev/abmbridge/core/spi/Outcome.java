package dev.abmbridge.core.spi;

import java.time.Duration;

/**
 * What happened to one record or member of a batch.
 *
 * @param reason     the system's reason for a rejection or failure; never a secret
 * @param retryAfter for {@link Status#RETRIABLE}, how long the system asked to wait; null when it did not say
 */
public record Outcome(String id, Status status, String reason, Duration retryAfter) {

    public enum Status {
        /** Written. */
        OK,
        /** Refused for this record (validation, missing record, permission): retrying the same value will not help now. */
        REJECTED,
        /** Not written for a passing reason (lock, timeout): worth another try. */
        RETRIABLE
    }

    public static Outcome ok(String id) {
        return new Outcome(id, Status.OK, null, null);
    }

    public static Outcome rejected(String id, String reason) {
        return new Outcome(id, Status.REJECTED, reason, null);
    }

    public static Outcome retriable(String id, String reason, Duration retryAfter) {
        return new Outcome(id, Status.RETRIABLE, reason, retryAfter);
    }
}
