package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.testing.Playbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.SubscribableChannel;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runtime instances (two application contexts: own pools, lock registries, pollers) on one state database,
 * both polling the same connection every second. The first sync, whoever runs it, is held inside until the other
 * instance has found the connection locked three times (longer than the lock's time to live, so the holder must
 * renew it); then both run freely for a few rounds. Every sync records its start and
 * end in one timeline: never two inside at once, and the CRM gets each record written once, as by a single instance.
 */
abstract class TwoInstanceScenarios {

    private static final long WAIT_SECONDS = 30;
    /** Shorter than the first sync is held: the holder keeps the lock only by renewing it. */
    private static final String LOCK_TTL = "900ms";

    /** A JDBC URL of a new, empty database (or schema) both instances share. */
    abstract String newDatabaseUrl();

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T08:00:00Z"));
    private final InMemoryCrm crm = new InMemoryCrm("crm", clock, 3);
    private final Playbook playbook = Playbooks.withCriteria("""
            - { id: software, label: Software, weight: 60, when: { field: industry, contains: software } }
            - { id: size, label: 200 plus, weight: 40, when: { field: employees, atLeast: 200 } }
            """);
    private final Timeline timeline = new Timeline();
    private final AtomicBoolean firstSync = new AtomicBoolean(true);
    private volatile String holder;
    private final CountDownLatch firstInside = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** Three ticks of the other instance at one-second intervals: longer than the lock's time to live. */
    private final CountDownLatch skippedWhileHeld = new CountDownLatch(3);
    private final Map<String, CountDownLatch> syncedOnce = new ConcurrentHashMap<>();
    private final AtomicInteger syncs = new AtomicInteger();
    private volatile CountDownLatch moreSyncs = new CountDownLatch(0);

    @AfterEach
    void closeInstances() {
        release.countDown();
        instances.forEach(ConfigurableApplicationContext::close);
    }

    /** A real engine run on the instance's own state store, recorded in the timeline; the very first one waits. */
    private SyncRunner runner(String instance, ApplicationContext context) {
        return (connection, options) -> {
            timeline.add(instance, "start");
            try {
                if (firstSync.getAndSet(false)) {
                    holder = instance;
                    firstInside.countDown();
                    awaitOrFail(release, "the test to release the first sync");
                }
                return new SyncEngine(context.getBean(StateStore.class), playbook,
                        List.of(new SyncConnection(crm, crm)), List.of(), clock).run(options);
            } finally {
                timeline.add(instance, "end");
            }
        };
    }

    private ConfigurableApplicationContext start(String instance, String url) {
        syncedOnce.put(instance, new CountDownLatch(1));
        ConfigurableApplicationContext ctx = RuntimeTestApplication.start(url, c -> runner(instance, c),
                Map.of("abm.runtime.lock-ttl", LOCK_TTL));
        ctx.getBean(RuntimeConfiguration.SYNC_RESULTS, SubscribableChannel.class).subscribe(message -> {
            SyncOutcome outcome = (SyncOutcome) message.getPayload();
            if (outcome.status() == SyncOutcome.Status.SKIPPED_LOCKED) {
                timeline.add(instance, "skipped");
                if (firstInside.getCount() == 0 && release.getCount() == 1 && !instance.equals(holder)) {
                    skippedWhileHeld.countDown();
                }
            } else {
                syncs.incrementAndGet();
                syncedOnce.get(instance).countDown();
                moreSyncs.countDown();
            }
        });
        instances.add(ctx);
        return ctx;
    }

    @Test
    void twoInstancesNeverSyncTheSameConnectionAtOnce() throws Exception {
        seed();
        String url = newDatabaseUrl();
        ConfigurableApplicationContext a = start("A", url);
        ConfigurableApplicationContext b = start("B", url);

        awaitOrFail(firstInside, "a first sync to start");
        awaitOrFail(skippedWhileHeld, "the other instance to find the connection locked three times");
        String other = holder.equals("A") ? "B" : "A";
        ConfigurableApplicationContext holderCtx = holder.equals("A") ? a : b;
        release.countDown();

        // The holder finishes; with its poller paused the other instance must get the lock at its next tick.
        awaitOrFail(syncedOnce.get(holder), "the first sync to finish");
        Lifecycle holderPoller = holderCtx.getBean(ConnectionPollers.pollerId("crm"), Lifecycle.class);
        holderPoller.stop();
        awaitOrFail(syncedOnce.get(other), "the other instance to sync once the lock is free");

        // Both poll again, at the same ticks: a few contended rounds.
        moreSyncs = new CountDownLatch(4);
        holderPoller.start();
        awaitOrFail(moreSyncs, "four more syncs by either instance");
        instances.forEach(ConfigurableApplicationContext::stop);
        // A sync already running when its poller stopped still ends (and stores its run), maybe after its result
        // could be delivered: wait for every started sync to end before counting.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (timeline.count("start") != timeline.count("end") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(timeline.maxConcurrentSyncs()).as("timeline %s", timeline.events()).isEqualTo(1);
        assertThat(timeline.count(other, "skipped")).as("skips of %s while %s held the lock", other, holder)
                .isGreaterThanOrEqualTo(3);
        assertThat(timeline.count("A", "end")).isPositive();
        assertThat(timeline.count("B", "end")).isPositive();
        assertThat(crm.writesPerRecord()).as("each record written once, as by one instance")
                .hasSize(4).allSatisfy((record, writes) -> assertThat(writes).isEqualTo(1));
        assertThat(crm.writeCalls()).as("ceil(3 accounts / 3) + ceil(1 contact / 3)").isEqualTo(2);

        DataSource db = a.getBean(DataSource.class);
        JdbcClient sql = JdbcClient.create(db);
        assertThat(sql.sql("SELECT COUNT(*) FROM INT_LOCK").query(Integer.class).single())
                .as("every lock released").isZero();
        assertThat(sql.sql("SELECT COUNT(*) FROM abm_run WHERE run_status='SUCCEEDED'").query(Integer.class).single())
                .as("one stored run per sync that ran").isEqualTo((int) timeline.count("end"))
                .isGreaterThanOrEqualTo(syncs.get());
        JdbcMetadataStore metadata = b.getBean(JdbcMetadataStore.class);
        assertThat(metadata.get(ConnectionSyncService.metadataKey("crm", "lastSucceeded"))).isNotBlank();
        assertThat(metadata.get(ConnectionSyncService.metadataKey("crm", "lastSkipped"))).isNotBlank();
    }

    private void seed() {
        Instant t = clock.instant();
        crm.put(account("A1", "acme.com", "Computer Software", 500), t, null);
        crm.put(account("A2", "globex.com", "Retail", 300), t, null);
        crm.put(account("A3", "initech.com", "Software", 20), t, null);
        crm.put(new Contact("C1", "crm", "A1", "ceo@acme.com", "Ann", "Lee", "CEO", null, null, null, null), t);
    }

    private static Account account(String id, String domain, String industry, long employees) {
        return new Account(id, "crm", "Company " + id, domain, industry, employees, null, "US", Region.NA, null, null,
                null, List.of(), null, null);
    }

    /** The summary of a sync that had nothing to do, for runners that stand in for the engine. */
    static RunSummary emptySummary() {
        return new RunSummary(java.util.UUID.randomUUID().toString(), false, "", java.util.Map.of(), java.util.Map.of(),
                0, 0, 0, 0, 0, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), 0,
                java.util.List.of());
    }

    static void awaitOrFail(CountDownLatch latch, String what) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }
}
