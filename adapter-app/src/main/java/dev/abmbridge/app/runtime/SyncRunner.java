package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;

/**
 * Runs one sync of a named connection: builds the connection's {@code SyncEngine} (its connectors, playbook and
 * the state store) and runs it. The runtime calls it only while this instance holds the connection's lock, so an
 * implementation never guards against a concurrent run of the same connection. The application provides one bean
 * of it when the runtime is enabled.
 */
@FunctionalInterface
public interface SyncRunner {

    RunSummary run(String connection, RunOptions options);

    /**
     * A run asked for by a webhook, with the records it reported changed. By default the connection's incremental
     * sync, which reads them because their modification time moved past the cursor.
     */
    default RunSummary run(String connection, RunOptions options, ChangedRecords changed) {
        return run(connection, options);
    }
}
