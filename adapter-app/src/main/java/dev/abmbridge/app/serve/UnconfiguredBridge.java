package dev.abmbridge.app.serve;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.playbook.Playbook;

/**
 * Stands in when the application provides no {@link ServedBridge}: the status page, health and metrics work on the
 * state store alone; a scheduled run fails with this message (and becomes a run-level dead letter).
 */
final class UnconfiguredBridge implements ServedBridge {

    static final String MESSAGE = "no connection is configured for serve (no ServedBridge bean)";

    @Override
    public RunSummary sync(String connection, RunOptions options) {
        throw new IllegalStateException(connection + ": " + MESSAGE);
    }

    @Override
    public Playbook playbook() {
        return null;
    }
}
