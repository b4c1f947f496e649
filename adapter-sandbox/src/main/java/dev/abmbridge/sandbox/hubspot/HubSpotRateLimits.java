package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.limit.RollingWindowCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/** The portal's rolling ten-second and daily limits, and the separate per-second search limit, with HubSpot's 429s. */
final class HubSpotRateLimits {

    private final int tenSecondLimit;
    private final long dailyLimit;
    private final int searchPerSecond;
    private final RollingWindowCounter tenSeconds;
    private final RollingWindowCounter day;
    private final RollingWindowCounter searchSecond;

    HubSpotRateLimits(Clock clock, int tenSecondLimit, long dailyLimit, int searchPerSecond) {
        this.tenSecondLimit = tenSecondLimit;
        this.dailyLimit = dailyLimit;
        this.searchPerSecond = searchPerSecond;
        this.tenSeconds = new RollingWindowCounter(clock, Duration.ofSeconds(10), 100);
        this.day = new RollingWindowCounter(clock, Duration.ofDays(1), 1440);
        this.searchSecond = new RollingWindowCounter(clock, Duration.ofSeconds(1), 20);
    }

    /** Counts the call, or returns the 429 that refuses it. */
    synchronized Optional<EmulatorResponse> admit(boolean search) {
        if (day.count() >= dailyLimit) {
            return Optional.of(tooMany("You have reached your daily limit.", "DAILY"));
        }
        if (search) {
            if (!searchSecond.tryAcquire(searchPerSecond)) {
                return Optional.of(tooMany("You have reached your secondly limit.", "SECONDLY"));
            }
        } else if (!tenSeconds.tryAcquire(tenSecondLimit)) {
            return Optional.of(tooMany("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING")
                    .withHeaders(headers()));
        }
        day.increment();
        return Optional.empty();
    }

    /** The X-HubSpot-RateLimit-* headers of non-search responses. */
    synchronized Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-HubSpot-RateLimit-Interval-Milliseconds", "10000");
        headers.put("X-HubSpot-RateLimit-Max", String.valueOf(tenSecondLimit));
        headers.put("X-HubSpot-RateLimit-Remaining", String.valueOf(Math.max(0, tenSecondLimit - tenSeconds.count())));
        headers.put("X-HubSpot-RateLimit-Daily", String.valueOf(dailyLimit));
        headers.put("X-HubSpot-RateLimit-Daily-Remaining", String.valueOf(Math.max(0, dailyLimit - day.count())));
        return headers;
    }

    private static EmulatorResponse tooMany(String message, String policy) {
        ObjectNode body = Json.object();
        body.put("status", "error");
        body.put("message", message);
        body.put("errorType", "RATE_LIMIT");
        body.put("correlationId", UUID.randomUUID().toString());
        body.put("policyName", policy);
        body.put("requestId", UUID.randomUUID().toString());
        return EmulatorResponse.json(429, Json.write(body));
    }
}
