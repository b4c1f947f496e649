package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunOptions;

import java.util.Objects;

/**
 * What a connection's poller (or a webhook's re-sync) asks for.
 *
 * @param changed the records a webhook reported changed; {@link ChangedRecords#NONE} for a scheduled tick
 */
public record SyncRequest(String connection, boolean dryRun, ChangedRecords changed) {

    public SyncRequest {
        Objects.requireNonNull(changed, "changed");
    }

    public SyncRequest(String connection, boolean dryRun) {
        this(connection, dryRun, ChangedRecords.NONE);
    }

    public RunOptions options() {
        return dryRun ? RunOptions.DRY_RUN : RunOptions.SYNC;
    }
}
