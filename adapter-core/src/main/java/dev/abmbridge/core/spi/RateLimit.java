package dev.abmbridge.core.spi;

import java.time.Duration;

/** A quota: at most {@code calls} API calls per {@code period}. */
public record RateLimit(int calls, Duration period) {

    public static final RateLimit UNLIMITED = new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1));

    public RateLimit {
        if (calls <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive number of calls and a positive period");
        }
    }
}
