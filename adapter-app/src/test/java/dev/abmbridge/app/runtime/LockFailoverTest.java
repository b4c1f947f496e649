package dev.abmbridge.app.runtime;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance that dies while syncing leaves its lock behind; once the lock's time to live has passed without a
 * renewal, another instance takes the connection over.
 */
class LockFailoverTest {

    private static final Duration DEAD_TTL = Duration.ofSeconds(2);

    private ConfigurableApplicationContext survivor;

    @AfterEach
    void close() {
        if (survivor != null) {
            survivor.close();
        }
    }

    @Test
    void aDeadInstancesLockExpiresAndAnotherInstanceTakesOver() throws Exception {
        String url = "jdbc:h2:mem:failover-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        AtomicLong diedAt = new AtomicLong();
        AtomicLong firstSyncAfterDeath = new AtomicLong();
        CountDownLatch survivorUp = new CountDownLatch(1);
        CountDownLatch tookOver = new CountDownLatch(1);
        survivor = RuntimeTestApplication.start(url, context -> (connection, options) -> {
            long now = System.nanoTime();
            survivorUp.countDown();
            if (diedAt.get() != 0 && firstSyncAfterDeath.compareAndSet(0, now)) {
                tookOver.countDown();
            }
            return TwoInstanceScenarios.emptySummary();
        }, Map.of());
        TwoInstanceScenarios.awaitOrFail(survivorUp, "the survivor to sync");

        // Another instance takes the connection between two of the survivor's ticks and dies: never renews, never
        // releases. (The same registry type, region and key as the runtime's.)
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        JdbcLockRegistry dead = new JdbcLockRegistry(deadRepository(db));
        assertThat(dead.obtain(ConnectionSyncService.lockKey("crm")).tryLock(Duration.ofSeconds(10), DEAD_TTL))
                .isTrue();
        Instant died = Instant.now();
        diedAt.set(System.nanoTime());

        TwoInstanceScenarios.awaitOrFail(tookOver, "the survivor to take the connection over");
        assertThat(Duration.ofNanos(firstSyncAfterDeath.get() - diedAt.get())).as("not before the dead lock expired")
                .isGreaterThanOrEqualTo(DEAD_TTL);
        String lastSkipped = survivor.getBean(JdbcMetadataStore.class)
                .get(ConnectionSyncService.metadataKey("crm", "lastSkipped"));
        assertThat(lastSkipped).as("ticks found the dead instance's lock").isNotNull();
        assertThat(Instant.parse(lastSkipped)).isAfter(died);
    }

    private static DefaultLockRepository deadRepository(JdbcDataSource db) {
        DefaultLockRepository repository = new DefaultLockRepository(db);
        repository.setRegion(RuntimeConfiguration.REGION);
        repository.setTransactionManager(new DataSourceTransactionManager(db));
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        return repository;
    }
}
