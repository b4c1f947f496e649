package dev.abmbridge.app.lookup;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** One rate limiter per API key: a busy website cannot starve the chat tool that shares the server. */
public final class KeyRateLimits {

    private final RateLimiterConfig config;
    private final ConcurrentHashMap<String, RateLimiter> byKey = new ConcurrentHashMap<>();

    public KeyRateLimits(int requestsPerSecond) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** Whether the key's holder may make one more request now; never waits. */
    public boolean tryAcquire(String holder) {
        return byKey.computeIfAbsent(holder, h -> RateLimiter.of("lookup-" + h, config)).acquirePermission();
    }
}
