package dev.abmbridge.linkedin.client;

import dev.abmbridge.core.spi.SystemUnavailableException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The thin client of LinkedIn's versioned REST API ({@code /rest}): sets the headers every call needs
 * ({@code LinkedIn-Version}, {@code X-Restli-Protocol-Version: 2.0.0}), refreshes the token once after a 401,
 * waits and retries on 429 (with the injected {@link Sleeper}), tunnels a query longer than LinkedIn's limit, and
 * classifies failures at the edge: 429 after the retries and 5xx / I/O are {@link SystemUnavailableException}
 * (retriable), 401 after a refresh is {@link LinkedInAuthException}, any other 4xx is {@link LinkedInApiException}.
 */
public final class LinkedInRestClient {

    /** LinkedIn's documented query-string limit before a request must be tunneled (query tunneling page). */
    public static final int MAX_QUERY_LENGTH = 4_000;

    private final String baseUrl;
    private final String version;
    private final AccessTokenProvider tokens;
    private final LinkedInTransport transport;
    private final Sleeper sleeper;
    private final int maxRateLimitRetries;
    private final Duration firstRateLimitWait;

    public LinkedInRestClient(String apiBaseUrl, String version, AccessTokenProvider tokens, LinkedInTransport transport,
                              Sleeper sleeper, int maxRateLimitRetries, Duration firstRateLimitWait) {
        this.baseUrl = stripSlash(Objects.requireNonNull(apiBaseUrl, "apiBaseUrl")) + "/rest";
        this.version = Objects.requireNonNull(version, "version");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.maxRateLimitRetries = maxRateLimitRetries;
        this.firstRateLimitWait = firstRateLimitWait;
    }

    /** GET {@code /rest/<path>?<query>} (path and query already encoded) and the parsed body. */
    public JsonNode get(String path, String query) {
        return LinkedInJson.parse(execute("GET", path, query, null, null).body());
    }

    /** POST a JSON body; {@code restLiMethod} is e.g. {@code BATCH_CREATE}, or null. */
    public LinkedInResponse post(String path, JsonNode body, String restLiMethod) {
        return execute("POST", path, "", LinkedInJson.write(body), restLiMethod);
    }

    LinkedInRequest request(String method, String path, String query, String body, String restLiMethod, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("LinkedIn-Version", version);
        headers.put("X-Restli-Protocol-Version", "2.0.0");
        if (restLiMethod != null) {
            headers.put("X-RestLi-Method", restLiMethod);
        }
        String url = baseUrl + "/" + path;
        if (method.equals("GET") && query.length() > MAX_QUERY_LENGTH) {
            // Query tunneling: the query string moves into a form body of a POST that says it is a GET.
            headers.put("X-HTTP-Method-Override", "GET");
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            return new LinkedInRequest("POST", url, "", headers, query);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new LinkedInRequest(method, url, query, headers, body);
    }

    private LinkedInResponse execute(String method, String path, String query, String body, String restLiMethod) {
        String token = tokens.accessToken();
        boolean refreshed = false;
        int rateLimited = 0;
        while (true) {
            LinkedInResponse response;
            try {
                response = transport.send(request(method, path, query, body, restLiMethod, token));
            } catch (IOException e) {
                throw new SystemUnavailableException("LinkedIn " + method + " /rest/" + path + " failed: "
                        + e.getClass().getSimpleName(), null);
            }
            int status = response.status();
            if (response.ok()) {
                return response;
            }
            if (status == 401 && !refreshed) {
                token = tokens.refreshAfterUnauthorized();
                refreshed = true;
                continue;
            }
            JsonNode error = LinkedInJson.parse(response.body());
            String code = LinkedInJson.text(error, "code");
            String message = LinkedInJson.text(error, "message");
            if (status == 429) {
                Duration wait = retryAfter(response).orElse(firstRateLimitWait.multipliedBy(1L << Math.min(rateLimited, 10)));
                if (rateLimited < maxRateLimitRetries) {
                    rateLimited++;
                    sleeper.sleep(wait);
                    continue;
                }
                throw new SystemUnavailableException("LinkedIn rate limit on /rest/" + path + ": " + message, wait);
            }
            if (status >= 500) {
                throw new SystemUnavailableException("LinkedIn answered " + status + " on /rest/" + path, null);
            }
            if (status == 401) {
                throw new LinkedInAuthException(status, code, message == null ? "unauthorized" : message);
            }
            throw new LinkedInApiException(status, code, (message == null ? "no message" : message) + " (" + method
                    + " /rest/" + path + ")");
        }
    }

    private static java.util.Optional<Duration> retryAfter(LinkedInResponse response) {
        return response.header("Retry-After").flatMap(v -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
