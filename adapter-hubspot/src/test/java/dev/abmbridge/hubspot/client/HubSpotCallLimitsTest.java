package dev.abmbridge.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limiter keeps every rolling window within the limit (real time, about one second). */
class HubSpotCallLimitsTest {

    @Test
    void noRollingSecondHoldsMoreSearchesThanTheLimit() {
        HubSpotCallLimits limits = new HubSpotCallLimits(1_000, 1_000_000, 10);
        List<Long> at = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            assertThat(limits.acquire(true)).isTrue();
            at.add(System.nanoTime());
        }
        for (int i = 0; i + 10 < at.size(); i++) {
            assertThat(at.get(i + 10) - at.get(i)).as("11 calls never fit in one second").isGreaterThanOrEqualTo(1_000_000_000L - 5_000_000L);
        }
    }

    @Test
    void theDailyQuotaRefusesWithoutWaiting() {
        HubSpotCallLimits limits = new HubSpotCallLimits(1_000, 2, 10);
        assertThat(limits.acquire(false)).isTrue();
        assertThat(limits.acquire(false)).isTrue();
        assertThat(limits.acquire(false)).isFalse();
    }
}
