package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.DeadLetter;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.testing.Playbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that fails as a whole goes through the poller's error channel into the dead letters, until a run succeeds. */
class RunFailureDeadLetterTest {

    private ConfigurableApplicationContext instance;

    @AfterEach
    void close() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void aFailedRunIsADeadLetterUntilTheConnectionSyncsAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2025-05-01T08:00:00Z"));
        InMemoryCrm crm = new InMemoryCrm("crm", clock, 10);
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<List<DeadLetter>> beforeSecondRun = new AtomicReference<>();
        AtomicReference<List<DeadLetter>> afterSecondRun = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        String url = "jdbc:h2:mem:deadletter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        instance = RuntimeTestApplication.start(url, context -> (connection, options) -> {
            StateStore store = context.getBean(StateStore.class);
            switch (calls.incrementAndGet()) {
                case 1 -> throw new IllegalStateException("crm unreachable (test)");
                case 2 -> beforeSecondRun.set(store.deadLetters());
                default -> {
                    afterSecondRun.set(store.deadLetters());
                    done.countDown();
                }
            }
            return new SyncEngine(store, Playbooks.withCriteria(
                    "- { id: any, label: Any, weight: 100, when: { field: domain, exists: true } }"),
                    List.of(new SyncConnection(crm, crm)), List.of(), clock).run(options);
        }, Map.of());
        TwoInstanceScenarios.awaitOrFail(done, "a failed run, a successful one and a third");

        assertThat(beforeSecondRun.get()).singleElement().satisfies(d -> {
            assertThat(d.system()).isEqualTo("crm");
            assertThat(d.kind()).isEqualTo(RunFailureRecorder.RUN_KIND);
            assertThat(d.id()).isEqualTo("crm");
            assertThat(d.reason()).isEqualTo("IllegalStateException: crm unreachable (test)");
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.discarded()).isFalse();
        });
        assertThat(afterSecondRun.get()).as("the successful run cleared it").isEmpty();
        assertThat(instance.getBean(JdbcMetadataStore.class).get("crm.lastSucceeded")).isNotBlank();
    }
}
