package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.auth.IssuedToken;
import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /oauth/v1/token}: authorization-code and refresh-token grants; access tokens live 30 minutes. */
final class HubSpotOAuth {

    private final TokenRegistry tokens;
    private final TokenRegistry refreshTokens;

    HubSpotOAuth(TokenRegistry tokens, TokenRegistry refreshTokens) {
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    EmulatorResponse token(EmulatorRequest request) {
        Map<String, List<String>> form = EmulatorRequest.parseQuery(request.body());
        String grant = first(form, "grant_type");
        if (blank(first(form, "client_id")) || blank(first(form, "client_secret"))) {
            return error("BAD_CLIENT_ID", "missing or invalid client_id / client_secret");
        }
        if ("authorization_code".equals(grant) && !blank(first(form, "code"))) {
            return issue(refreshTokens.issue("oauth", Duration.ofDays(3650)).value());
        }
        if ("refresh_token".equals(grant)) {
            String refresh = first(form, "refresh_token");
            return refreshTokens.status(refresh) == TokenStatus.VALID ? issue(refresh)
                    : error("BAD_REFRESH_TOKEN", "missing or unknown refresh token");
        }
        return error("BAD_GRANT_TYPE", "unsupported grant_type " + grant);
    }

    private EmulatorResponse issue(String refreshToken) {
        IssuedToken access = tokens.issue("oauth", Duration.ofMinutes(30));
        ObjectNode body = Json.object();
        body.put("token_type", "bearer");
        body.put("refresh_token", refreshToken);
        body.put("access_token", access.value());
        body.put("expires_in", 1800);
        return EmulatorResponse.json(200, Json.write(body));
    }

    private static EmulatorResponse error(String status, String message) {
        ObjectNode body = Json.object();
        body.put("status", status);
        body.put("message", message);
        body.put("correlationId", java.util.UUID.randomUUID().toString());
        return EmulatorResponse.json(400, Json.write(body));
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
