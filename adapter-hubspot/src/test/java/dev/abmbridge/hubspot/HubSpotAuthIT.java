package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.hubspot.client.HubSpotApiException;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Bearer tokens and the OAuth refresh-token flow against the sandbox's token endpoint. */
class HubSpotAuthIT {

    private static String refreshToken(Sandbox sandbox) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.hubSpotUrl() + "/oauth/v1/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=app&client_secret=s3cret&code=abc"
                        + "&redirect_uri=http://localhost/cb")).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body()).get("refresh_token").asString();
    }

    @Test
    void oauthConnectionsRefreshTheirAccessTokenBeforeItExpires() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(3, 0, 1).withClock(clock))) {
            String refresh = refreshToken(sandbox);
            HubSpotConfig config = HubSpotConfig.oauth("app", "env:HS_CLIENT_SECRET", "env:HS_REFRESH_TOKEN")
                    .withBaseUrl(URI.create(sandbox.hubSpotUrl())).withLimits(10_000, 1_000_000, 1_000);
            HubSpotConnection connection = HubSpotConnection.open(config,
                    new HubSpotSecrets(Map.of("HS_CLIENT_SECRET", "s3cret", "HS_REFRESH_TOKEN", refresh)::get), clock, clock::advance);
            HubSpotSourceConnector source = new HubSpotSourceConnector(connection);

            assertThat(source.accounts(Cursor.START, 10).records()).isNotEmpty();
            clock.advance(Duration.ofMinutes(31));
            assertThat(source.accounts(Cursor.START, 10).records()).isNotEmpty();

            assertThat(sandbox.ledger().calls("hubspot", "oauth/token")).isEqualTo(3); // the code exchange + two refreshes
            assertThat(sandbox.ledger().calls("hubspot", "unauthorized")).isZero();
        }
    }

    @Test
    void aRefusedRefreshTokenIsAnAuthFailureThatNamesNoSecret() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(1, 0, 1))) {
            HubSpotConfig config = HubSpotConfig.oauth("app", "env:HS_CLIENT_SECRET", "env:HS_REFRESH_TOKEN")
                    .withBaseUrl(URI.create(sandbox.hubSpotUrl()));
            HubSpotConnection connection = HubSpotConnection.open(config,
                    new HubSpotSecrets(Map.of("HS_CLIENT_SECRET", "s3cret-value", "HS_REFRESH_TOKEN", "na1-not-a-real-refresh")::get),
                    java.time.Clock.systemUTC(), d -> { });

            assertThatThrownBy(() -> new HubSpotSourceConnector(connection).accounts(Cursor.START, 1))
                    .isInstanceOf(HubSpotApiException.class)
                    .satisfies(e -> {
                        assertThat(((HubSpotApiException) e).kind()).isEqualTo(HubSpotApiException.Kind.AUTH);
                        assertThat(e.getMessage()).doesNotContain("s3cret-value").doesNotContain("na1-not-a-real-refresh");
                    });
        }
    }

    @Test
    void aWrongPrivateAppTokenIsAPermanentAuthFailure() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(1, 0, 1))) {
            HubSpotConnection connection = HubSpotConnection.open(HubSpotConfig.token("env:T").withBaseUrl(URI.create(sandbox.hubSpotUrl())),
                    new HubSpotSecrets(Map.of("T", "pat-na1-wrong-token")::get), java.time.Clock.systemUTC(), d -> { });

            assertThatThrownBy(() -> new HubSpotSourceConnector(connection).accounts(Cursor.START, 1))
                    .isInstanceOf(HubSpotApiException.class).hasMessageContaining("401").hasMessageNotContaining("pat-na1-wrong-token");
            assertThat(sandbox.ledger().calls("hubspot", "unauthorized")).isEqualTo(1);
        }
    }
}
