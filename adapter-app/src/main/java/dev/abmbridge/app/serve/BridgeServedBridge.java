package dev.abmbridge.app.serve;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.bridge.BridgeSyncRunner;
import dev.abmbridge.app.runtime.ChangedRecords;
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

    /**
     * A webhook's re-sync reads just the records it reported changed, by id (HubSpot: one batch read per 100), instead
     * of a search from the cursor, and leaves the cursors for the next scheduled run. A system that is not a source
     * of this bridge gets the incremental sync.
     */
    @Override
    public RunSummary sync(String connection, RunOptions options, ChangedRecords changed) {
        if (changed.isEmpty() || !bridge.sourceSystems().contains(changed.system())) {
            return sync(connection, options);
        }
        return runner.run(connection, RunOptions.records(changed.system(), changed.ids(), options.dryRun()));
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
