package dev.abmbridge.app.serve;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.bridge.BridgeSyncRunner;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.lookup.AccountObserver;
import dev.abmbridge.core.playbook.Playbook;

import java.util.Set;

/**
 * {@code serve} over the application's {@link Bridge} (abm-bridge.yml and its playbook): the bridge syncs all its
 * connections together, so each runtime connection name given selects the whole bridge.
 */
public final class BridgeServedBridge implements ServedBridge {

    private final Bridge bridge;
    private final BridgeSyncRunner runner;

    public BridgeServedBridge(Bridge bridge, Set<String> names) {
        this.bridge = bridge;
        this.runner = new BridgeSyncRunner(bridge, names);
    }

    @Override
    public RunSummary sync(String connection, RunOptions options) {
        return runner.run(connection, options);
    }

    @Override
    public Playbook playbook() {
        return bridge.playbook();
    }

    @Override
    public void observeAccounts(AccountObserver observer) {
        bridge.observeAccounts(observer);
    }

    @Override
    public int evaluateAll() {
        synchronized (bridge) {
            return bridge.evaluateAll();
        }
    }
}
