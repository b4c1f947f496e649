package dev.abmbridge.app.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Each connection has its own poller: a long sync of one never holds up the ticks of another. */
class ConnectionIndependenceTest {

    private ConfigurableApplicationContext instance;

    @AfterEach
    void close() {
        if (instance != null) {
            instance.close();
        }
    }

    @Test
    void aLongSyncOfOneConnectionDoesNotDelayAnother() {
        CountDownLatch slowInside = new CountDownLatch(1);
        CountDownLatch fastTwice = new CountDownLatch(2);
        CountDownLatch slowReleased = new CountDownLatch(1);
        String url = "jdbc:h2:mem:independent-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

        instance = RuntimeTestApplication.start(url, context -> (connection, options) -> {
            if (connection.equals("slow")) {
                slowInside.countDown();
                TwoInstanceScenarios.awaitOrFail(fastTwice, "two syncs of 'fast' while 'slow' runs");
                slowReleased.countDown();
            } else if (connection.equals("fast") && slowInside.getCount() == 0) {
                fastTwice.countDown();
            }
            return TwoInstanceScenarios.emptySummary();
        }, Map.of("abm.runtime.connections.slow.cron", RuntimeTestApplication.EVERY_SECOND,
                "abm.runtime.connections.fast.cron", RuntimeTestApplication.EVERY_SECOND));

        TwoInstanceScenarios.awaitOrFail(slowReleased, "'slow' to be released by two syncs of 'fast'");
        assertThat(fastTwice.getCount()).isZero();
    }

}
