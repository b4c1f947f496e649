package dev.abmbridge.app.bridge;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.StoredAccountExplainer;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.AudienceReach;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One configured ABM Bridge, ready to run: the state store on its connection pool (migrated on open), the playbook,
 * the connectors of every connection and the sync engine over them. What {@code setup}, {@code plan} and
 * {@code sync} (and serve mode's scheduled runs) work with. One run at a time: the engine is not thread-safe.
 */
public final class Bridge implements AutoCloseable {

    private final BridgeConfig config;
    private final HikariDataSource dataSource;
    private final StateStore store;
    private final Playbook playbook;
    private final Connectors connectors;
    private final Redactor redactor;
    private final SyncEngine engine;
    private final List<AudienceDestination> destinations;
    private final Set<String> sourceSystems;
    private volatile SyncProgress progress = SyncProgress.NONE;

    private Bridge(BridgeConfig config, HikariDataSource dataSource, StateStore store, Playbook playbook,
                   Connectors connectors, Redactor redactor, Clock clock) {
        this.config = config;
        this.dataSource = dataSource;
        this.store = store;
        this.playbook = playbook;
        this.connectors = connectors;
        this.redactor = redactor;
        SyncProgress relay = new Relay();
        this.sourceSystems = connectors.syncConnections().stream().map(c -> c.source().system())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<SyncConnection> connections = connectors.syncConnections().stream()
                .map(c -> ProgressReporting.connection(c, relay)).toList();
        this.destinations = connectors.audienceDestinations(store, playbook.audiences());
        List<AudienceDestination> reporting = destinations.stream()
                .map(d -> ProgressReporting.destination(d, relay)).toList();
        this.engine = new SyncEngine(store, playbook, connections, reporting, connectors.engagementSources(store), clock);
    }

    /**
     * Opens the state store (creating or migrating its tables), loads the playbook and builds the connectors. Calls
     * no connected system.
     *
     * @param environment where {@code ${ENV_VAR}} secrets are looked up ({@code System::getenv} in production)
     * @throws dev.abmbridge.core.playbook.InvalidPlaybookException when the playbook is invalid
     */
    public static Bridge open(BridgeConfig config, UnaryOperator<String> environment, Clock clock) {
        Playbook playbook = new PlaybookLoader().load(config.playbook());
        Redactor redactor = Redactor.of(config, environment);
        HikariDataSource dataSource = dataSource(config.stateStore(), environment, config);
        try {
            StateStore store = StateStore.open(dataSource);
            Connectors connectors = Connectors.open(config, environment, clock);
            return new Bridge(config, dataSource, store, playbook, connectors, redactor, clock);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariDataSource dataSource(BridgeConfig.StateStoreSettings settings, UnaryOperator<String> environment,
                                               BridgeConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("abm-state");
        hikari.setJdbcUrl(settings.url());
        hikari.setUsername(settings.username());
        if (settings.password() != null) {
            hikari.setPassword(settings.password().resolve(environment, config.baseDir()));
        }
        hikari.setMaximumPoolSize(settings.maxPoolSize());
        return new HikariDataSource(hikari);
    }

    /** Runs one sync (or, with {@link RunOptions#DRY_RUN}, plans one), telling {@code progress} as it goes. */
    public RunSummary sync(RunOptions options, SyncProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        try {
            return engine.run(options);
        } finally {
            progress.finished();
            this.progress = SyncProgress.NONE;
        }
    }

    /** Hands every unified account the engine evaluates from now on to {@code observer} (the look-up directory). */
    public void observeAccounts(dev.abmbridge.core.lookup.AccountObserver observer) {
        engine.observeAccounts(observer);
    }

    /** Evaluates every stored account for the observer only: no read, no write (fills the directory at start). */
    public int evaluateAll() {
        return engine.evaluateAll();
    }

    public RunSummary sync(RunOptions options) {
        return sync(options, SyncProgress.NONE);
    }

    /** {@code explain} over the state store: the account as the last sync stored it, evaluated now, no API call. */
    public StoredAccountExplainer explainer() {
        return new StoredAccountExplainer(store, playbook, new TitleParser(),
                connectors.syncConnections().stream().map(SyncConnection::system).toList());
    }

    /** Creates what the owned fields need in each system; a dry run lists it only. */
    public List<SetupAction> setup(boolean dryRun) {
        return connectors.setup(dryRun);
    }

    public List<ConnectionCheck> check() {
        return connectors.check();
    }

    /**
     * What the platform behind {@code system} reports of the audience now (matched members, state, why it will not
     * serve; an empty list when it has no such figures), or nothing when no connection of that system has the role
     * {@code audiences}. Calls the platform.
     */
    public Optional<List<AudienceReach>> reach(String system, String audienceId) {
        return destinations.stream().filter(d -> d.system().equals(system)).findFirst().map(d -> d.reach(audienceId));
    }

    /** The systems read as sources, in precedence order. */
    public Set<String> sourceSystems() {
        return Collections.unmodifiableSet(sourceSystems);
    }

    public BridgeConfig config() {
        return config;
    }

    public Playbook playbook() {
        return playbook;
    }

    public StateStore store() {
        return store;
    }

    /** Scrubs secret values out of text that came from elsewhere (a system's error message). */
    public Redactor redactor() {
        return redactor;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Passes progress on to whoever listens to the current run. */
    private final class Relay implements SyncProgress {
        @Override
        public void read(String system, String object, int records) {
            progress.read(system, object, records);
        }

        @Override
        public void written(String system, String object, int records) {
            progress.written(system, object, records);
        }

        @Override
        public void members(String system, String audienceId, int changes) {
            progress.members(system, audienceId, changes);
        }
    }
}
