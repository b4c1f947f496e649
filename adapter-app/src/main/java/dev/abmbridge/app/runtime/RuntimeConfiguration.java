package dev.abmbridge.app.runtime;

import dev.abmbridge.core.state.StateStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.channel.PublishSubscribeChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.MessageChannel;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Spring Integration as the runtime (ARCHITECTURE.md, "Runtime choices"), on when {@code abm.runtime.enabled=true}:
 * a cron poller per configured connection, a JDBC lock registry so that only one instance syncs a connection at a
 * time, a JDBC metadata store for the schedulers' own facts, and the pollers' error channel into the dead letters.
 * All tables, ours and Spring Integration's, come from the state store's Flyway migrations (the state store bean
 * migrates before anything else touches the database).
 *
 * <p>Cursors are not in the metadata store: the engine advances a source's cursor in {@code abm_cursor} in the same
 * transaction as the snapshots of the page it ends, which a separate store cannot join. The metadata store holds
 * what only the runtime knows: when each connection last started, succeeded or was skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("abm.runtime.enabled")
@EnableConfigurationProperties(RuntimeProperties.class)
public class RuntimeConfiguration {

    /** Failed runs, from every poller: they end as dead letters. */
    public static final String SYNC_ERRORS = "abm.syncErrors";
    /** The outcome of every tick of every poller (publish-subscribe; nothing need listen). */
    public static final String SYNC_RESULTS = "abm.syncResults";
    /** Region of our rows in INT_LOCK and INT_METADATA_STORE. */
    static final String REGION = "abm-bridge";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    StateStore stateStore(DataSource dataSource) {
        return StateStore.open(dataSource);
    }

    @Bean
    DefaultLockRepository abmLockRepository(DataSource dataSource, StateStore migrated) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion(REGION);
        return repository;
    }

    @Bean
    JdbcLockRegistry abmLockRegistry(DefaultLockRepository abmLockRepository, RuntimeProperties properties) {
        return new JdbcLockRegistry(abmLockRepository, properties.lockTtl());
    }

    @Bean
    JdbcMetadataStore abmMetadataStore(DataSource dataSource, StateStore migrated) {
        JdbcMetadataStore store = new JdbcMetadataStore(dataSource);
        store.setRegion(REGION);
        return store;
    }

    @Bean
    RunFailureRecorder runFailureRecorder(DataSource dataSource, Clock clock) {
        return new RunFailureRecorder(JdbcClient.create(dataSource), clock);
    }

    @Bean
    ConnectionSyncService connectionSyncService(SyncRunner runner, JdbcLockRegistry abmLockRegistry,
                                                JdbcMetadataStore abmMetadataStore, RunFailureRecorder failures,
                                                RuntimeProperties properties, Clock clock) {
        return new ConnectionSyncService(runner, abmLockRegistry, abmMetadataStore, failures, properties.lockTtl(),
                clock);
    }

    /**
     * A thread per tick (ticks of a connection already syncing end at once, skipped by the lock), so that
     * connections never wait for each other on Boot's single scheduler thread.
     */
    @Bean
    SimpleAsyncTaskExecutor abmSyncExecutor() {
        return new SimpleAsyncTaskExecutor("abm-poll-");
    }

    @Bean
    ConnectionPollers connectionPollers(RuntimeProperties properties, ConnectionSyncService service,
                                        IntegrationFlowContext flows, SimpleAsyncTaskExecutor abmSyncExecutor) {
        return new ConnectionPollers(properties, service, flows, abmSyncExecutor);
    }

    @Bean(SYNC_ERRORS)
    MessageChannel syncErrors() {
        return new DirectChannel();
    }

    @Bean(SYNC_RESULTS)
    MessageChannel syncResults() {
        return new PublishSubscribeChannel();
    }

    @Bean
    IntegrationFlow syncErrorsToDeadLetters(RunFailureRecorder recorder) {
        return IntegrationFlow.from(SYNC_ERRORS)
                .handle(recorder, "record", e -> e.id("abm.syncErrors.deadLetters"))
                .get();
    }
}
