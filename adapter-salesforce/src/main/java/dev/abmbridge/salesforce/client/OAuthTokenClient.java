package dev.abmbridge.salesforce.client;

import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.salesforce.SalesforceAuthConfig;
import dev.abmbridge.salesforce.SalesforceAuthException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets an access token from {@code <token-url>/services/oauth2/token} with the JDK HTTP client: client-credentials,
 * JWT-bearer or refresh-token. Errors carry Salesforce's error code and description, never a secret.
 */
public final class OAuthTokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SalesforceAuthConfig config;
    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final HttpClient http;

    public OAuthTokenClient(SalesforceAuthConfig config, UnaryOperator<String> environment, Clock clock) {
        this.config = config;
        this.environment = environment;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** A fresh access token (one HTTP request; token requests do not count against the API allocation). */
    public AccessToken fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        switch (config.flow()) {
            case CLIENT_CREDENTIALS -> {
                form.put("grant_type", "client_credentials");
                form.put("client_id", config.clientId());
                form.put("client_secret", config.clientSecret().resolve(environment));
            }
            case JWT_BEARER -> {
                form.put("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
                form.put("assertion", JwtAssertion.create(config.clientId(), config.username(),
                        config.audience() == null ? "https://login.salesforce.com" : config.audience(),
                        config.privateKey().resolve(environment), clock.instant()));
            }
            case REFRESH_TOKEN -> {
                form.put("grant_type", "refresh_token");
                form.put("client_id", config.clientId());
                if (config.clientSecret() != null) {
                    form.put("client_secret", config.clientSecret().resolve(environment));
                }
                form.put("refresh_token", config.refreshToken().resolve(environment));
            }
        }
        HttpResponse<String> response = post(form);
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new SystemUnavailableException("Salesforce token endpoint answered HTTP " + response.statusCode(), null);
        }
        if (response.statusCode() != 200 || body == null || text(body, "access_token") == null) {
            String error = body == null ? null : text(body, "error");
            String description = body == null ? null : text(body, "error_description");
            throw new SalesforceAuthException("Salesforce refused the " + config.flow() + " token request (HTTP "
                    + response.statusCode() + (error == null ? "" : ", " + error)
                    + (description == null ? "" : ": " + description) + ") for client id " + config.clientId());
        }
        String instanceUrl = text(body, "instance_url");
        return new AccessToken(text(body, "access_token"), instanceUrl == null ? config.tokenUrl() : instanceUrl);
    }

    private HttpResponse<String> post(Map<String, String> form) {
        StringJoiner encoded = new StringJoiner("&");
        form.forEach((k, v) -> encoded.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(config.tokenUrl()) + "/services/oauth2/token"))
                .timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SystemUnavailableException("Salesforce token endpoint unreachable (" + e.getClass().getSimpleName() + ")",
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemUnavailableException("interrupted while fetching a Salesforce token", null);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
