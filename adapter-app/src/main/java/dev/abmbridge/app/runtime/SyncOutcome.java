package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunSummary;

import java.time.Instant;

/**
 * What one tick of a connection's poller did: a run, or nothing because another instance holds the connection.
 *
 * @param summary the run's summary; null when skipped
 */
public record SyncOutcome(String connection, Status status, Instant startedAt, Instant finishedAt, RunSummary summary) {

    public enum Status {
        /** This instance held the lock and ran the sync. */
        SYNCED,
        /** Another instance holds the connection's lock: nothing done. */
        SKIPPED_LOCKED
    }
}
