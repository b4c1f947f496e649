package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunOptions;

/** What a connection's poller asks for at each tick. */
public record SyncRequest(String connection, boolean dryRun) {

    public RunOptions options() {
        return dryRun ? RunOptions.DRY_RUN : RunOptions.SYNC;
    }
}
