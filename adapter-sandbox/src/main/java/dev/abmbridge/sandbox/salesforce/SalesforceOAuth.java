package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.auth.IssuedToken;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.blank;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.error;
import static dev.abmbridge.sandbox.auth.OAuthTokenForm.first;
import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /services/oauth2/token}: client-credentials, JWT-bearer, authorization-code and refresh-token
 * grants. Any non-empty client credentials are accepted; refresh tokens must be ones this org issued.
 */
final class SalesforceOAuth {

    static final String USER_NAME = "integration@sandbox.abmbridge.dev";

    private final TokenRegistry accessTokens;
    private final TokenRegistry refreshTokens;
    private final Clock clock;
    private final Duration sessionLifetime;
    private final String instanceUrl;

    SalesforceOAuth(TokenRegistry accessTokens, TokenRegistry refreshTokens, Clock clock, Duration sessionLifetime, String instanceUrl) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
        this.instanceUrl = instanceUrl;
    }

    EmulatorResponse token(EmulatorRequest request) {
        if (!request.is("POST")) {
            return error(405, "invalid_request", "must use HTTP POST");
        }
        Map<String, List<String>> form = EmulatorRequest.parseQuery(request.body());
        String grant = first(form, "grant_type");
        if (grant == null) {
            return error(400, "unsupported_grant_type", "grant type not supported");
        }
        return switch (grant) {
            case "client_credentials" -> {
                if (blank(first(form, "client_id"))) {
                    yield error(400, "invalid_client_id", "client identifier invalid");
                }
                if (blank(first(form, "client_secret"))) {
                    yield error(400, "invalid_client", "invalid client credentials");
                }
                yield issue(false);
            }
            case "urn:ietf:params:oauth:grant-type:jwt-bearer" -> jwtBearer(first(form, "assertion"));
            case "authorization_code" -> blank(first(form, "code")) || blank(first(form, "client_id"))
                    ? error(400, "invalid_grant", "invalid authorization code") : issue(true);
            case "refresh_token" -> {
                if (blank(first(form, "client_id"))) {
                    yield error(400, "invalid_client_id", "client identifier invalid");
                }
                yield refreshTokens.status(first(form, "refresh_token")) == TokenStatus.VALID
                        ? issue(false) : error(400, "invalid_grant", "expired access/refresh token");
            }
            default -> error(400, "unsupported_grant_type", "grant type not supported");
        };
    }

    private EmulatorResponse jwtBearer(String assertion) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
        if (parts.length != 3 || parts[2].isEmpty()) {
            return error(400, "invalid_grant", "invalid assertion");
        }
        JsonNode claims;
        try {
            claims = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            claims = null;
        }
        if (claims == null || blank(Json.text(claims, "iss")) || blank(Json.text(claims, "sub")) || blank(Json.text(claims, "aud"))) {
            return error(400, "invalid_grant", "invalid assertion");
        }
        JsonNode exp = claims.get("exp");
        if (exp == null || !exp.isNumber() || exp.asLong() <= clock.instant().getEpochSecond()) {
            return error(400, "invalid_grant", "expired authorization code");
        }
        return issue(false);
    }

    private EmulatorResponse issue(boolean withRefreshToken) {
        IssuedToken token = accessTokens.issue(USER_NAME, sessionLifetime);
        ObjectNode body = Json.object();
        body.put("access_token", token.value());
        if (withRefreshToken) {
            body.put("refresh_token", refreshTokens.issue(USER_NAME, Duration.ofDays(365)).value());
        }
        body.put("signature", Base64.getEncoder().encodeToString(token.value().getBytes(StandardCharsets.UTF_8)));
        body.put("scope", "api");
        body.put("instance_url", instanceUrl);
        body.put("id", instanceUrl + "/id/" + SalesforceOrg.ORG_ID + "/" + SalesforceOrg.USER_ID);
        body.put("token_type", "Bearer");
        body.put("issued_at", String.valueOf(token.issuedAt().toEpochMilli()));
        return EmulatorResponse.json(200, Json.write(body));
    }
}
