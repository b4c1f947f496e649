package dev.abmbridge.hubspot.client;

import dev.abmbridge.core.spi.SystemUnavailableException;
import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The wire: JSON over the JDK HTTP client with a bearer token, the API version in every path, the portal's rate
 * limits before each call, and HubSpot's errors classified at the edge:
 * <ul>
 *   <li>2xx (207 included), 404 and 409 are returned to the caller;</li>
 *   <li>429 waits as the policy in the body says (ten-second rolling: Retry-After or 10 s; search's secondly: 1 s),
 *       423 waits 2 s, 477 waits its Retry-After, 5xx and I/O errors back off exponentially (Resilience4j's
 *       interval function), all with an injected {@link Sleeper}; after the last attempt, or on a daily-limit 429,
 *       a {@link SystemUnavailableException} with the wait tells the engine to retry later;</li>
 *   <li>401 refreshes an OAuth token once, then fails as {@link HubSpotApiException.Kind#AUTH}; 403 likewise;</li>
 *   <li>other 4xx are {@link HubSpotApiException.Kind#REJECTED} with HubSpot's category and message.</li>
 * </ul>
 */
public final class HubSpotClient {

    private final URI baseUrl;
    private final String apiVersion;
    private final TokenProvider tokens;
    private final HttpClient http;
    private final ObjectMapper json;
    private final HubSpotCallLimits limits;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ZoneId portalZone;
    private final int maxAttempts;
    private final Duration maxWait;
    private final IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(200, 2.0, 0.5, 30_000);
    private final AtomicLong calls = new AtomicLong();

    public HubSpotClient(URI baseUrl, String apiVersion, TokenProvider tokens, HttpClient http, ObjectMapper json,
                         HubSpotCallLimits limits, Sleeper sleeper, Clock clock, ZoneId portalZone, int maxAttempts,
                         Duration maxWait) {
        this.baseUrl = baseUrl;
        this.apiVersion = apiVersion;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.limits = limits;
        this.sleeper = sleeper;
        this.clock = clock;
        this.portalZone = portalZone;
        this.maxAttempts = maxAttempts;
        this.maxWait = maxWait;
    }

    public ObjectMapper json() {
        return json;
    }

    /** HTTP requests sent (attempts included). */
    public long calls() {
        return calls.get();
    }

    /** {@code /crm/objects/<version>/<rest>}. */
    public String objects(String rest) {
        return "/crm/objects/" + apiVersion + "/" + rest;
    }

    public String properties(String rest) {
        return "/crm/properties/" + apiVersion + "/" + rest;
    }

    public String associations(String rest) {
        return "/crm/associations/" + apiVersion + "/" + rest;
    }

    public String lists(String rest) {
        return "/crm/lists/" + apiVersion + (rest.isEmpty() ? "" : "/" + rest);
    }

    public HubSpotReply get(String path) {
        return send("GET", path, null);
    }

    public HubSpotReply post(String path, Object body) {
        return send("POST", path, body);
    }

    public HubSpotReply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public HubSpotReply send(String method, String path, Object body) {
        boolean search = path.endsWith("/search");
        String payload = body == null ? null : json.writeValueAsString(body);
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            if (!limits.acquire(search)) {
                throw new SystemUnavailableException("HubSpot daily API limit reached (counted by ABM Bridge)", untilMidnight());
            }
            HttpResponse<String> response;
            try {
                response = http.send(request(method, path, payload), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                calls.incrementAndGet();
                Duration wait = Duration.ofMillis(backoff.apply(attempt));
                retryOrFail(attempt, wait, method + " " + path + " failed: " + e.getClass().getSimpleName());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SystemUnavailableException("interrupted during " + method + " " + path, null);
            }
            calls.incrementAndGet();
            int status = response.statusCode();
            JsonNode reply = parse(response.body());
            if ((status >= 200 && status < 300) || status == 404 || status == 409) {
                return new HubSpotReply(status, reply);
            }
            String category = text(reply, "category").or(() -> text(reply, "policyName")).orElse(null);
            String message = method + " " + path + " → " + status + describe(reply);
            switch (status) {
                case 401 -> {
                    if (!refreshed && tokens.invalidate()) {
                        refreshed = true;
                        attempt--;
                        continue;
                    }
                    throw new HubSpotApiException(HubSpotApiException.Kind.AUTH, status, category, message);
                }
                case 403 -> throw new HubSpotApiException(HubSpotApiException.Kind.AUTH, status, category, message);
                case 429 -> {
                    String policy = text(reply, "policyName").orElse("");
                    if (policy.equalsIgnoreCase("DAILY")) {
                        throw new SystemUnavailableException(message, untilMidnight());
                    }
                    Duration policyWait = policy.equalsIgnoreCase("SECONDLY") || search ? Duration.ofSeconds(1) : Duration.ofSeconds(10);
                    retryOrFail(attempt, max(retryAfter(response).orElse(Duration.ZERO), policyWait), message);
                }
                case 423 -> retryOrFail(attempt, max(retryAfter(response).orElse(Duration.ZERO), Duration.ofSeconds(2)), message);
                case 477 -> retryOrFail(attempt, retryAfter(response).orElse(Duration.ofSeconds(60)), message);
                default -> {
                    if (status >= 500) {
                        retryOrFail(attempt, max(retryAfter(response).orElse(Duration.ZERO), Duration.ofMillis(backoff.apply(attempt))),
                                message);
                    } else {
                        throw new HubSpotApiException(HubSpotApiException.Kind.REJECTED, status, category, message);
                    }
                }
            }
        }
    }

    private HttpRequest request(String method, String path, String payload) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.token())
                .header("Accept", "application/json");
        if (payload != null) {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(payload));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /** Waits before the next attempt, or gives up with a retriable failure when attempts or patience run out. */
    private void retryOrFail(int attempt, Duration wait, String message) {
        if (attempt >= maxAttempts || wait.compareTo(maxWait) > 0) {
            throw new SystemUnavailableException(message, wait);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemUnavailableException(message + " (interrupted while waiting)", wait);
        }
    }

    private Duration untilMidnight() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(portalZone)).plusDays(1);
        return Duration.between(clock.instant(), tomorrow.atStartOfDay(portalZone).toInstant());
    }

    /** Retry-After in seconds (HTTP's unit); HubSpot sends it on some 429s and on 477. */
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v.trim()) * 1000)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return json.createObjectNode().put("message", body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    private static String describe(JsonNode reply) {
        StringBuilder s = new StringBuilder();
        text(reply, "category").ifPresent(c -> s.append(' ').append(c));
        text(reply, "message").ifPresent(m -> s.append(": ").append(m));
        text(reply, "correlationId").ifPresent(c -> s.append(" (correlationId ").append(c).append(')'));
        return s.toString();
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? Optional.of(node.get(field).asString()) : Optional.empty();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
