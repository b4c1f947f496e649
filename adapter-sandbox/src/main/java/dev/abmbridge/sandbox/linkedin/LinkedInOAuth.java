package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.auth.IssuedToken;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.blank;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.error;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.first;
import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth/v2/accessToken}: authorization-code and refresh-token grants. Access tokens live the
 * configured lifetime (60 days by default); refresh tokens live 365 days and do not roll on refresh.
 */
final class LinkedInOAuth {

    private final TokenRegistry accessTokens;
    private final TokenRegistry refreshTokens;
    private final Clock clock;
    private final Duration accessLifetime;

    LinkedInOAuth(TokenRegistry accessTokens, TokenRegistry refreshTokens, Clock clock, Duration accessLifetime) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.accessLifetime = accessLifetime;
    }

    EmulatorResponse token(EmulatorRequest request) {
        if (!request.is("POST")) {
            return error(405, "invalid_request", "Only POST is supported");
        }
        Map<String, List<String>> form = EmulatorRequest.parseQuery(request.body());
        if (blank(first(form, "client_id")) || blank(first(form, "client_secret"))) {
            return error(401, "invalid_client", "Client authentication failed");
        }
        String grant = first(form, "grant_type");
        if ("authorization_code".equals(grant)) {
            if (blank(first(form, "code"))) {
                return error(400, "invalid_request", "A required parameter \"code\" is missing");
            }
            return issue(refreshTokens.issue("member", Duration.ofDays(365)));
        }
        if ("refresh_token".equals(grant)) {
            String value = first(form, "refresh_token");
            if (refreshTokens.status(value) != TokenStatus.VALID) {
                return error(400, "invalid_grant", "The provided authorization grant or refresh token is invalid, expired or revoked");
            }
            return issue(refreshTokens.find(value).orElseThrow());
        }
        return error(400, "unsupported_grant_type", "grant_type " + grant + " is not supported");
    }

    private EmulatorResponse issue(IssuedToken refresh) {
        IssuedToken access = accessTokens.issue(refresh.subject(), accessLifetime);
        ObjectNode body = Json.object();
        body.put("access_token", access.value());
        body.put("expires_in", accessLifetime.toSeconds());
        body.put("refresh_token", refresh.value());
        body.put("refresh_token_expires_in", Duration.between(clock.instant(), refresh.expiresAt()).toSeconds());
        body.put("scope", "r_ads,r_ads_reporting,rw_dmp_segments,r_organization_social");
        return EmulatorResponse.json(200, Json.write(body));
    }
}
