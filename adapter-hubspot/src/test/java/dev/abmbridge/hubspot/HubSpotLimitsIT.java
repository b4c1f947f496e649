package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.SystemUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's limits as the sandbox enforces them. The connection's sleeper moves the sandbox clock instead of
 * sleeping, so a 10-second wait passes at once and the emulator's rolling window has really moved on.
 */
class HubSpotLimitsIT {

    @Test
    void aBurstPastTheTenSecondLimitWaitsTheWindowAndCompletes() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c.withHubSpotLimits(5, 1_000), c -> c)) {
            for (int i = 0; i < 12; i++) {
                assertThat(portal.connection.client().get(portal.connection.client().objects("companies?limit=1")).ok()).isTrue();
            }
            assertThat(portal.calls("rate-limited")).isPositive();
            assertThat(portal.sleeps).isNotEmpty().allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(10)));
        }
    }

    @Test
    void searchsOwnPerSecondLimitWaitsOneSecond() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(3, 0, c -> c.withHubSpotSearchPerSecond(1), c -> c)) {
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);
            source.accounts(Cursor.START, 10);
            source.accounts(Cursor.START, 10);
            source.accounts(Cursor.START, 10);

            assertThat(portal.calls("rate-limited")).isEqualTo(2);
            assertThat(portal.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
    }

    @Test
    void theDailyLimitStopsWithTheWaitUntilMidnightAndNoSleeping() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c.withHubSpotLimits(100, 2), c -> c)) {
            portal.connection.client().get(portal.connection.client().objects("companies"));
            portal.connection.client().get(portal.connection.client().objects("companies"));

            assertThatThrownBy(() -> portal.connection.client().get(portal.connection.client().objects("companies")))
                    .isInstanceOf(SystemUnavailableException.class).hasMessageContaining("daily")
                    .satisfies(e -> assertThat(((SystemUnavailableException) e).retryAfter()).isEqualTo(Duration.ofDays(1)));
            assertThat(portal.sleeps).isEmpty();
        }
    }

    @Test
    void theConnectionsOwnLimitKeepsItUnderTheDailyQuotaWithoutAsking() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(0, 0, c -> c, c -> c.withLimits(100_000, 2, 100_000))) {
            portal.connection.client().get(portal.connection.client().objects("companies"));
            portal.connection.client().get(portal.connection.client().objects("companies"));
            long before = portal.sandbox.ledger().calls("hubspot");

            assertThatThrownBy(() -> portal.connection.client().get(portal.connection.client().objects("companies")))
                    .isInstanceOf(SystemUnavailableException.class);
            assertThat(portal.sandbox.ledger().calls("hubspot")).as("the refused call was never sent").isEqualTo(before);
        }
    }
}
