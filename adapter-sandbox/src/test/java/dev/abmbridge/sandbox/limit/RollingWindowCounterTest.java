package dev.abmbridge.sandbox.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RollingWindowCounterTest {

    @Test
    void refusesBeyondTheLimitUntilTheWindowRolls() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        RollingWindowCounter counter = new RollingWindowCounter(clock, Duration.ofSeconds(10), 100);
        for (int i = 0; i < 5; i++) {
            assertThat(counter.tryAcquire(5)).isTrue();
        }
        assertThat(counter.tryAcquire(5)).isFalse();
        assertThat(counter.millisUntilOldestExpires()).isEqualTo(10_000);
        clock.advance(Duration.ofMillis(9_900));
        assertThat(counter.tryAcquire(5)).isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(counter.tryAcquire(5)).isTrue();
        assertThat(counter.count()).isEqualTo(1);
    }
}
