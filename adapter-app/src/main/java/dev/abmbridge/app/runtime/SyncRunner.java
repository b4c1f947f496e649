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
}
