package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.lookup.AccountObserver;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.playbook.Playbook;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * What {@code serve} needs from the configured application (abm-bridge.yml and its playbook): the one bean the
 * application provides to the serve context. Everything else (pollers, locks, metrics, status page, webhooks) is
 * built around it by {@link ServeConfiguration}.
 */
public interface ServedBridge {

    /**
     * Runs one sync of a configured connection: builds its {@code SyncEngine} (connectors, playbook, the state store
     * of {@code spring.datasource.*}) and runs it. Called only while this instance holds the connection's lock.
     */
    RunSummary sync(String connection, RunOptions options);

    /**
     * A re-sync a webhook asked for, with the records it reported changed. By default the connection's incremental
     * sync, whose pull reads them because their modification time moved past the cursor; an implementation may
     * narrow its reads to them (the application's bridge does: {@code RunOptions.records}).
     */
    default RunSummary sync(String connection, RunOptions options, ChangedRecords changed) {
        return sync(connection, options);
    }

    /** The playbook the syncs apply: the status page orders tiers by it and explains accounts with it. */
    Playbook playbook();

    /** Source systems, most trusted first, as the engine merges them; for {@code explain}. */
    default List<String> sourcePrecedence() {
        return List.of();
    }

    /**
     * Hands every unified account the bridge's engines evaluate from now on to {@code observer} (the look-up API's
     * directory); none by default.
     */
    default void observeAccounts(AccountObserver observer) {
    }

    /** Evaluates every stored account for the observer only (no read, no write); at start-up. */
    default int evaluateAll() {
        return 0;
    }

    /**
     * The API calls each system has left in its current quota window (e.g. Salesforce's daily requests above the
     * reserve), read when metrics are scraped; empty when the system does not say. Systems are fixed at start-up.
     */
    default Map<String, Supplier<OptionalLong>> quotaLeft() {
        return Map.of();
    }
}
