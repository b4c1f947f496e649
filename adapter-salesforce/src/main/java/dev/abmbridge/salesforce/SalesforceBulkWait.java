package dev.abmbridge.salesforce;

import dev.abmbridge.core.spi.SystemUnavailableException;
import java.time.Duration;

/**
 * The wait between two polls of a Bulk API job that is not done yet: 0.5 s, doubling up to 10 s, at most 30 minutes
 * in all (then the job is given up as unavailable; the engine retries or dead-letters it). One per job.
 */
final class SalesforceBulkWait {

    /** Waits; a test passes one that returns at once. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Sleeper REAL_TIME = d -> Thread.sleep(d.toMillis());

    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration LONGEST = Duration.ofSeconds(10);
    private static final Duration MAX_WAIT = Duration.ofMinutes(30);

    private final Sleeper sleeper;
    private final String what;
    private Duration next = FIRST;
    private Duration waited = Duration.ZERO;

    SalesforceBulkWait(Sleeper sleeper, String what) {
        this.sleeper = sleeper;
        this.what = what;
    }

    /** Waits before the next poll, or throws when the job has taken too long. */
    void pause() {
        if (waited.compareTo(MAX_WAIT) > 0) {
            throw new SystemUnavailableException(what + " not done after " + MAX_WAIT.toMinutes() + " minutes", null);
        }
        try {
            sleeper.sleep(next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemUnavailableException("interrupted while waiting for " + what, null);
        }
        waited = waited.plus(next);
        next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
    }
}
