package dev.abmbridge.linkedin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LinkedIn app's secrets and the member's tokens, read only from environment variables or files
 * ({@code LINKEDIN_CLIENT_SECRET} or {@code LINKEDIN_CLIENT_SECRET_FILE}, and so on), never from the playbook.
 * {@link #toString()} masks every secret.
 *
 * @param refreshTokenExpiresAt when the refresh token expires (it does not roll); null until known
 */
public record LinkedInCredentials(String clientId, String clientSecret, String accessToken, Instant accessTokenExpiresAt,
                                  String refreshToken, Instant refreshTokenExpiresAt) {

    public static final String CLIENT_ID = "LINKEDIN_CLIENT_ID";
    public static final String CLIENT_SECRET = "LINKEDIN_CLIENT_SECRET";
    public static final String ACCESS_TOKEN = "LINKEDIN_ACCESS_TOKEN";
    public static final String REFRESH_TOKEN = "LINKEDIN_REFRESH_TOKEN";
    public static final String REFRESH_TOKEN_EXPIRES_AT = "LINKEDIN_REFRESH_TOKEN_EXPIRES_AT";

    /** Reads {@code NAME} or, when absent, the file named by {@code NAME_FILE}; reports every problem at once. */
    public static LinkedInCredentials fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String clientId = value(env, CLIENT_ID);
        String clientSecret = value(env, CLIENT_SECRET);
        String access = value(env, ACCESS_TOKEN);
        String refresh = value(env, REFRESH_TOKEN);
        String expires = value(env, REFRESH_TOKEN_EXPIRES_AT);
        if (clientId == null) {
            problems.add(CLIENT_ID + " (or " + CLIENT_ID + "_FILE) is not set");
        }
        if (clientSecret == null) {
            problems.add(CLIENT_SECRET + " (or " + CLIENT_SECRET + "_FILE) is not set");
        }
        if (access == null && refresh == null) {
            problems.add("one of " + ACCESS_TOKEN + " or " + REFRESH_TOKEN + " (or their _FILE forms) must be set");
        }
        Instant refreshExpiry = null;
        if (expires != null) {
            try {
                refreshExpiry = Instant.parse(expires);
            } catch (DateTimeParseException e) {
                problems.add(REFRESH_TOKEN_EXPIRES_AT + " must be an ISO-8601 instant such as 2027-11-23T00:00:00Z");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("LinkedIn credentials:\n  - " + String.join("\n  - ", problems));
        }
        return new LinkedInCredentials(clientId, clientSecret, access, null, refresh, refreshExpiry);
    }

    public static LinkedInCredentials fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    private static String value(Map<String, String> env, String name) {
        String direct = env.get(name);
        if (direct != null && !direct.isBlank()) {
            return direct.trim();
        }
        String file = env.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            String content = Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).trim();
            return content.isEmpty() ? null : content;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + "_FILE (" + file + ")", e);
        }
    }

    @Override
    public String toString() {
        return "LinkedInCredentials{clientId=" + clientId + ", clientSecret=" + mask(clientSecret) + ", accessToken="
                + mask(accessToken) + ", refreshToken=" + mask(refreshToken) + ", refreshTokenExpiresAt="
                + refreshTokenExpiresAt + "}";
    }

    private static String mask(String secret) {
        return secret == null ? "none" : "****";
    }
}
