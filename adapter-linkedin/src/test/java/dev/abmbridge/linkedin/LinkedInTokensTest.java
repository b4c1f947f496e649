package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.LinkedInTokenStatus.Level;
import dev.abmbridge.linkedin.client.LinkedInAuthException;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tokens against the sandbox's OAuth endpoint, on a clock of its own (it moves a year). */
class LinkedInTokensTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(20, 20, 3).withClock(CLOCK));

    @Test
    void warnsWellBeforeTheNonRollingRefreshTokenExpires() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        // The version must stay active while the clock moves a year: LinkedIn-Version is configuration.
        LinkedInConnector connector = kit.connector(kit.config().refreshWarningDays(30).build());
        LinkedInTokens tokens = connector.tokens();
        assertThat(tokens.status().level()).isEqualTo(Level.UNKNOWN);
        assertThat(connector.check().get(0)).startsWith("UNKNOWN");

        assertThat(connector.checkOnline()).singleElement().asString().startsWith("OK");
        LinkedInTokenStatus fresh = tokens.status();
        assertThat(fresh.level()).isEqualTo(Level.OK);
        Instant expiry = fresh.refreshTokenExpiresAt();
        assertThat(fresh.daysLeft()).isBetween(364L, 365L);

        CLOCK.advance(Duration.ofDays(59));
        tokens.refresh();
        assertThat(tokens.status().refreshTokenExpiresAt()).isEqualTo(expiry); // it does not roll
        assertThat(tokens.status().daysLeft()).isBetween(305L, 306L);

        CLOCK.advance(Duration.ofDays(280));
        LinkedInTokenStatus warning = tokens.status();
        assertThat(warning.level()).isEqualTo(Level.WARNING);
        assertThat(warning.message()).contains("expires in", "authorize the app again");
        assertThat(connector.check().get(0)).startsWith("WARNING");

        CLOCK.advance(Duration.ofDays(20));
        assertThat(tokens.status().level()).isEqualTo(Level.CRITICAL);
        CLOCK.advance(Duration.ofDays(7));
        assertThat(tokens.status().level()).isEqualTo(Level.EXPIRED);
        assertThatThrownBy(tokens::refresh).isInstanceOf(LinkedInAuthException.class)
                .hasMessageContaining("authorize the app again").hasMessageNotContaining("AQX");
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnTheFirst401() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (var sandbox = dev.abmbridge.sandbox.Sandbox.start(SandboxConfig.defaults().withData(20, 20, 4).withClock(clock))) {
            LinkedInTestKit kit = new LinkedInTestKit(sandbox, clock);
            LinkedInConnector connector = kit.connector(kit.config().build());
            clock.advance(Duration.ofDays(61));
            connector.client().get("organizations/" + sandbox.data().company(1).linkedInOrganizationId(), "");
            assertThat(kit.calls("oauth/accessToken")).isEqualTo(1);
            assertThat(kit.calls("unauthorized")).isEqualTo(1);
            assertThat(connector.tokens().status().level()).isEqualTo(Level.OK);
        }
    }

    @Test
    void secretsComeFromEnvironmentOrFilesAndAreMasked(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "file-secret\n");
        LinkedInCredentials c = LinkedInCredentials.fromEnvironment(Map.of("LINKEDIN_CLIENT_ID", "id",
                "LINKEDIN_CLIENT_SECRET_FILE", secret.toString(), "LINKEDIN_REFRESH_TOKEN", "AQX-secret",
                "LINKEDIN_REFRESH_TOKEN_EXPIRES_AT", "2027-11-23T00:00:00Z"));
        assertThat(c.clientSecret()).isEqualTo("file-secret");
        assertThat(c.refreshTokenExpiresAt()).isEqualTo(Instant.parse("2027-11-23T00:00:00Z"));
        assertThat(c.toString()).doesNotContain("file-secret", "AQX-secret");
        assertThatThrownBy(() -> LinkedInCredentials.fromEnvironment(Map.of()))
                .hasMessageContaining("LINKEDIN_CLIENT_ID").hasMessageContaining("LINKEDIN_CLIENT_SECRET")
                .hasMessageContaining("LINKEDIN_REFRESH_TOKEN");
    }

    @Test
    void configurationProblemsAreReportedTogether() {
        assertThatThrownBy(() -> LinkedInConfig.builder().version("2026-11").batchLimit(6_000).build())
                .hasMessageContaining("linkedin.version").hasMessageContaining("linkedin.ad-account")
                .hasMessageContaining("linkedin.source-platform").hasMessageContaining("linkedin.batch-limit");
        LinkedInConfig ok = LinkedInConfig.builder().version("202611").adAccount("123").sourcePlatform("P").build();
        assertThat(ok.adAccount()).isEqualTo("urn:li:sponsoredAccount:123");
        assertThat(ok.engagementAccounts()).containsExactly("urn:li:sponsoredAccount:123");
        assertThat(ok.minimumAudienceSize()).isEqualTo(300);
    }
}
