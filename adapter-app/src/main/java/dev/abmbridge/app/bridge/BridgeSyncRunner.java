package dev.abmbridge.app.bridge;

import dev.abmbridge.app.runtime.SyncRunner;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;

import java.util.Objects;
import java.util.Set;

/**
 * Serve mode's {@link SyncRunner} over a {@link Bridge}: the bridge syncs all its connections together (the engine
 * unifies accounts across sources), so the runtime's connection name selects the bridge, not one system. Accepts
 * the names it is given (the scheduled names of abm.runtime.connections); anything else is a configuration mistake.
 */
public final class BridgeSyncRunner implements SyncRunner {

    private final Bridge bridge;
    private final Set<String> names;

    public BridgeSyncRunner(Bridge bridge, Set<String> names) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.names = Set.copyOf(names);
    }

    @Override
    public RunSummary run(String connection, RunOptions options) {
        if (!names.contains(connection)) {
            throw new IllegalArgumentException("no sync is configured under the name " + connection + " (known: "
                    + names + ")");
        }
        synchronized (bridge) {
            return bridge.sync(options);
        }
    }
}
