package dev.abmbridge.core.spi;

import java.time.Duration;

/**
 * A whole call failed for a passing reason (HTTP 429, 5xx, a timeout): the engine retries it with backoff,
 * waiting at least {@link #retryAfter()} when the system said how long. Messages never carry a secret.
 */
public class SystemUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public SystemUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Null when the system did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
