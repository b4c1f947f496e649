package dev.abmbridge.hubspot.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * OAuth 2.0 refresh-token flow against HubSpot's token endpoint: exchanges the refresh token for an access token
 * when none is held, when it is about to expire, or after a 401. The client secret, the refresh token and the
 * access token never appear in a message.
 */
public final class OAuthTokenProvider implements TokenProvider {

    private static final Duration EARLY = Duration.ofSeconds(60);

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private String accessToken;
    private Instant expiresAt = Instant.MIN;

    public OAuthTokenProvider(URI tokenUrl, String clientId, String clientSecret, String refreshToken, HttpClient http,
                              ObjectMapper json, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public synchronized String token() {
        if (accessToken == null || !clock.instant().isBefore(expiresAt.minus(EARLY))) {
            refresh();
        }
        return accessToken;
    }

    @Override
    public synchronized boolean invalidate() {
        accessToken = null;
        return true;
    }

    private void refresh() {
        String form = Map.of("grant_type", "refresh_token", "client_id", clientId, "client_secret", clientSecret,
                        "refresh_token", refreshToken).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new dev.abmbridge.core.spi.SystemUnavailableException("HubSpot OAuth token endpoint unreachable: "
                    + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while refreshing the HubSpot access token", e);
        }
        JsonNode body = response.body() == null || response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            String status = body.hasNonNull("status") ? body.get("status").asString() : "HTTP " + response.statusCode();
            throw new HubSpotApiException(HubSpotApiException.Kind.AUTH, response.statusCode(), status,
                    "HubSpot refused the OAuth refresh (" + status + "); check the client id, client secret and refresh token");
        }
        accessToken = body.get("access_token").asString();
        long seconds = body.hasNonNull("expires_in") ? body.get("expires_in").asLong() : 1800;
        expiresAt = clock.instant().plusSeconds(seconds);
    }

    @Override
    public String toString() {
        return "OAuthTokenProvider[" + tokenUrl + ", clientId=" + clientId + ", secrets ****]";
    }
}
