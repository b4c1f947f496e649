package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.linkedin.client.AccessTokenProvider;
import dev.abmbridge.linkedin.client.LinkedInAuthException;
import dev.abmbridge.linkedin.client.LinkedInJson;
import dev.abmbridge.linkedin.client.LinkedInRequest;
import dev.abmbridge.linkedin.client.LinkedInResponse;
import dev.abmbridge.linkedin.client.LinkedInTransport;
import dev.abmbridge.linkedin.client.RestLi;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The member's tokens: a 60-day access token, refreshed with the 365-day refresh token before it expires or after
 * a 401. The refresh token does not roll (a refresh returns the same token with its remaining lifetime), so its
 * expiry is fixed; {@link #status()} warns {@code refreshWarningDays} ahead. Tokens never appear in messages.
 */
public final class LinkedInTokens implements AccessTokenProvider {

    private static final Duration EARLY = Duration.ofMinutes(5);

    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final LinkedInTransport transport;
    private final Clock clock;
    private final int warningDays;
    private String accessToken;
    private Instant accessExpiresAt;
    private String refreshToken;
    private Instant refreshExpiresAt;

    public LinkedInTokens(LinkedInConfig config, LinkedInCredentials credentials, LinkedInTransport transport, Clock clock) {
        String base = config.oauthBaseUrl().endsWith("/") ? config.oauthBaseUrl().substring(0, config.oauthBaseUrl().length() - 1)
                : config.oauthBaseUrl();
        this.tokenUrl = base + "/oauth/v2/accessToken";
        this.clientId = credentials.clientId();
        this.clientSecret = credentials.clientSecret();
        this.transport = transport;
        this.clock = clock;
        this.warningDays = config.refreshWarningDays();
        this.accessToken = credentials.accessToken();
        this.accessExpiresAt = credentials.accessTokenExpiresAt();
        this.refreshToken = credentials.refreshToken();
        this.refreshExpiresAt = credentials.refreshTokenExpiresAt();
    }

    @Override
    public synchronized String accessToken() {
        boolean expiring = accessExpiresAt != null && !clock.instant().plus(EARLY).isBefore(accessExpiresAt);
        if ((accessToken == null || expiring) && refreshToken != null) {
            refresh();
        }
        if (accessToken == null) {
            throw new LinkedInAuthException(401, "NO_TOKEN", "no LinkedIn access token and no refresh token: authorize the app");
        }
        return accessToken;
    }

    @Override
    public synchronized String refreshAfterUnauthorized() {
        if (refreshToken == null) {
            throw new LinkedInAuthException(401, "EXPIRED_ACCESS_TOKEN",
                    "the access token was refused and there is no refresh token: authorize the app again");
        }
        refresh();
        return accessToken;
    }

    /** Exchanges the refresh token for a new access token now (also learns the refresh token's expiry). */
    public synchronized void refresh() {
        if (refreshToken == null) {
            throw new LinkedInAuthException(400, "NO_REFRESH_TOKEN", "no refresh token configured");
        }
        String form = RestLi.param("grant_type", "refresh_token") + "&" + RestLi.param("refresh_token", refreshToken)
                + "&" + RestLi.param("client_id", clientId) + "&" + RestLi.param("client_secret", clientSecret);
        LinkedInResponse response;
        try {
            response = transport.send(new LinkedInRequest("POST", tokenUrl, "",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), form));
        } catch (IOException e) {
            throw new SystemUnavailableException("LinkedIn token refresh failed: " + e.getClass().getSimpleName(), null);
        }
        JsonNode body = LinkedInJson.parse(response.body());
        if (response.status() >= 500 || response.status() == 429) {
            throw new SystemUnavailableException("LinkedIn token endpoint answered " + response.status(), null);
        }
        if (!response.ok()) {
            String error = LinkedInJson.text(body, "error");
            throw new LinkedInAuthException(response.status(), error, "invalid_grant".equals(error)
                    ? "the refresh token is expired or revoked: a member must authorize the app again"
                    : "the token refresh was refused (" + error + "): check the client id and secret");
        }
        Instant now = clock.instant();
        accessToken = LinkedInJson.text(body, "access_token");
        accessExpiresAt = now.plusSeconds(LinkedInJson.number(body, "expires_in"));
        String newRefresh = LinkedInJson.text(body, "refresh_token");
        if (newRefresh != null) {
            refreshToken = newRefresh;
        }
        if (body.has("refresh_token_expires_in")) {
            refreshExpiresAt = now.plusSeconds(LinkedInJson.number(body, "refresh_token_expires_in"));
        }
    }

    public synchronized boolean hasRefreshToken() {
        return refreshToken != null;
    }

    /** How long the authorization keeps working; no call to LinkedIn. */
    public synchronized LinkedInTokenStatus status() {
        Instant now = clock.instant();
        if (refreshToken == null || refreshExpiresAt == null) {
            return new LinkedInTokenStatus(LinkedInTokenStatus.Level.UNKNOWN, refreshExpiresAt, null, accessExpiresAt,
                    refreshToken == null ? "no refresh token: the access token cannot be renewed when it expires"
                            : "the refresh token's expiry is not known yet (set " + LinkedInCredentials.REFRESH_TOKEN_EXPIRES_AT
                            + " or run check, which refreshes once)");
        }
        long days = Duration.between(now, refreshExpiresAt).toDays();
        if (!now.isBefore(refreshExpiresAt)) {
            return new LinkedInTokenStatus(LinkedInTokenStatus.Level.EXPIRED, refreshExpiresAt, 0L, accessExpiresAt,
                    "the LinkedIn refresh token expired on " + refreshExpiresAt + ": a member must authorize the app again");
        }
        LinkedInTokenStatus.Level level = days <= 7 ? LinkedInTokenStatus.Level.CRITICAL
                : days <= warningDays ? LinkedInTokenStatus.Level.WARNING : LinkedInTokenStatus.Level.OK;
        String message = level == LinkedInTokenStatus.Level.OK
                ? "LinkedIn authorization valid for " + days + " more days"
                : "LinkedIn authorization expires in " + days + " days (" + refreshExpiresAt
                + "); it does not renew itself: a member with access to the ad account must authorize the app again";
        return new LinkedInTokenStatus(level, refreshExpiresAt, days, accessExpiresAt, message);
    }
}
