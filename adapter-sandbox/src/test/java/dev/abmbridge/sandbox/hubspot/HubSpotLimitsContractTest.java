package dev.abmbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.http.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HubSpotLimitsContractTest {

    @Test
    void tenSecondRollingLimitAnswers429WithHubSpotsBodyAndRecovers() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock).withHubSpotLimits(3, 1_000))) {
            HubSpotHttp api = new HubSpotHttp(sandbox.hubSpotUrl(), sandbox.hubSpot().privateAppToken());
            HubSpotHttp.Reply last = null;
            for (int i = 0; i < 3; i++) {
                last = api.get("/crm/objects/2026-03/companies?limit=1");
                assertThat(last.status()).isEqualTo(200);
            }
            assertThat(last.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("0");
            assertThat(last.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("10000");
            assertThat(last.header("X-HubSpot-RateLimit-Daily-Remaining")).isEqualTo("997");
            HubSpotHttp.Reply refused = api.get("/crm/objects/2026-03/companies?limit=1");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Json.text(refused.body(), "errorType")).isEqualTo("RATE_LIMIT");
            assertThat(Json.text(refused.body(), "policyName")).isEqualTo("TEN_SECONDLY_ROLLING");
            assertThat(Json.text(refused.body(), "message")).isEqualTo("You have reached your ten_secondly_rolling limit.");
            assertThat(refused.header("X-HubSpot-RateLimit-Max")).isEqualTo("3");
            clock.advance(Duration.ofSeconds(10));
            assertThat(api.get("/crm/objects/2026-03/companies?limit=1").status()).isEqualTo(200);
        }
    }

    @Test
    void dailyLimitAnswers429WithPolicyDaily() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock).withHubSpotLimits(100, 2))) {
            HubSpotHttp api = new HubSpotHttp(sandbox.hubSpotUrl(), sandbox.hubSpot().privateAppToken());
            api.get("/crm/objects/2026-03/companies");
            api.get("/crm/objects/2026-03/companies");
            HubSpotHttp.Reply refused = api.get("/crm/objects/2026-03/companies");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Json.text(refused.body(), "policyName")).isEqualTo("DAILY");
            assertThat(Json.text(refused.body(), "message")).isEqualTo("You have reached your daily limit.");
        }
    }

    @Test
    void searchHasItsOwnPerSecondLimit() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock))) {
            HubSpotHttp api = new HubSpotHttp(sandbox.hubSpotUrl(), sandbox.hubSpot().privateAppToken());
            for (int i = 0; i < 5; i++) {
                assertThat(api.post("/crm/objects/2026-03/companies/search", "{}").status()).isEqualTo(200);
            }
            HubSpotHttp.Reply refused = api.post("/crm/objects/2026-03/companies/search", "{}");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Json.text(refused.body(), "message")).isEqualTo("You have reached your secondly limit.");
            assertThat(api.get("/crm/objects/2026-03/companies?limit=1").status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertThat(api.post("/crm/objects/2026-03/companies/search", "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void oauthRefreshIssuesExpiringAccessTokens() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock))) {
            HubSpotHttp anonymous = new HubSpotHttp(sandbox.hubSpotUrl(), null);
            HubSpotHttp.Reply code = anonymous.form("/oauth/v1/token", "grant_type=authorization_code&client_id=a&client_secret=b&code=c");
            assertThat(code.status()).isEqualTo(200);
            String refresh = Json.text(code.body(), "refresh_token");
            HubSpotHttp.Reply refreshed = anonymous.form("/oauth/v1/token",
                    "grant_type=refresh_token&client_id=a&client_secret=b&refresh_token=" + refresh);
            assertThat(refreshed.body().get("expires_in").asInt()).isEqualTo(1800);
            HubSpotHttp api = new HubSpotHttp(sandbox.hubSpotUrl(), Json.text(refreshed.body(), "access_token"));
            assertThat(api.get("/crm/objects/2026-03/contacts").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(31));
            HubSpotHttp.Reply expired = api.get("/crm/objects/2026-03/contacts");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(Json.text(expired.body(), "category")).isEqualTo("EXPIRED_AUTHENTICATION");
            assertThat(anonymous.form("/oauth/v1/token", "grant_type=refresh_token&client_id=a&client_secret=b&refresh_token=x").status())
                    .isEqualTo(400);
        }
    }
}
