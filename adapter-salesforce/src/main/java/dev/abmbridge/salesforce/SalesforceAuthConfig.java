package dev.abmbridge.salesforce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the connector gets its OAuth access token (SOAP {@code login()} is retired from API 65.0). Secrets are
 * references to environment variables or files.
 *
 * @param flow         the OAuth grant
 * @param tokenUrl     the org's My Domain URL the token endpoint lives under ({@code https://acme.my.salesforce.com})
 * @param clientId     the connected app's consumer key (not a secret)
 * @param clientSecret the consumer secret (client-credentials; optional for refresh-token)
 * @param username     the integration user (JWT-bearer {@code sub})
 * @param privateKey   a PKCS#8 PEM RSA key (JWT-bearer)
 * @param audience     JWT-bearer {@code aud}: https://login.salesforce.com or https://test.salesforce.com
 * @param refreshToken the refresh token (refresh-token flow)
 */
public record SalesforceAuthConfig(Flow flow, String tokenUrl, String clientId, SecretRef clientSecret, String username,
                                   SecretRef privateKey, String audience, SecretRef refreshToken, Duration timeout) {

    public enum Flow {
        CLIENT_CREDENTIALS, JWT_BEARER, REFRESH_TOKEN
    }

    public static SalesforceAuthConfig clientCredentials(String tokenUrl, String clientId, SecretRef clientSecret) {
        return new SalesforceAuthConfig(Flow.CLIENT_CREDENTIALS, tokenUrl, clientId, clientSecret, null, null, null, null,
                Duration.ofSeconds(30));
    }

    public static SalesforceAuthConfig jwtBearer(String tokenUrl, String clientId, String username, SecretRef privateKey,
                                                 String audience) {
        return new SalesforceAuthConfig(Flow.JWT_BEARER, tokenUrl, clientId, null, username, privateKey, audience, null,
                Duration.ofSeconds(30));
    }

    public static SalesforceAuthConfig refreshToken(String tokenUrl, String clientId, SecretRef clientSecret,
                                                    SecretRef refreshToken) {
        return new SalesforceAuthConfig(Flow.REFRESH_TOKEN, tokenUrl, clientId, clientSecret, null, null, null, refreshToken,
                Duration.ofSeconds(30));
    }

    /** Every problem of this configuration, empty when it is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (flow == null) {
            problems.add("salesforce.auth.flow is required");
            return problems;
        }
        if (tokenUrl == null || !(tokenUrl.startsWith("https://") || tokenUrl.startsWith("http://localhost")
                || tokenUrl.startsWith("http://127.0.0.1"))) {
            problems.add("salesforce.auth.token-url must be the org's https My Domain URL");
        }
        if (clientId == null || clientId.isBlank()) {
            problems.add("salesforce.auth.client-id is required");
        }
        switch (flow) {
            case CLIENT_CREDENTIALS -> {
                if (clientSecret == null) {
                    problems.add("salesforce.auth.client-secret (env or file) is required for CLIENT_CREDENTIALS");
                }
            }
            case JWT_BEARER -> {
                if (username == null || username.isBlank()) {
                    problems.add("salesforce.auth.username is required for JWT_BEARER");
                }
                if (privateKey == null) {
                    problems.add("salesforce.auth.private-key (env or file) is required for JWT_BEARER");
                }
            }
            case REFRESH_TOKEN -> {
                if (refreshToken == null) {
                    problems.add("salesforce.auth.refresh-token (env or file) is required for REFRESH_TOKEN");
                }
            }
        }
        return problems;
    }
}
