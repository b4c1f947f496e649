package dev.abmbridge.hubspot.client;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * The portal's quotas as Resilience4j rate limiters. HubSpot's windows are rolling; Resilience4j refreshes in
 * fixed cycles, so a limit of N per window W is spread as one permit every W/(N-1): no rolling window of length W
 * ever sees more than N calls. Search has its own limiter (5 per second by default) and the daily limit is counted
 * too (a call beyond it is refused here, not sent).
 */
public final class HubSpotCallLimits {

    private final RateLimiter general;
    private final RateLimiter search;
    private final RateLimiter daily;

    public HubSpotCallLimits(int tenSecondLimit, long dailyLimit, int searchPerSecond) {
        this.general = spread("hubspot", tenSecondLimit, Duration.ofSeconds(10));
        this.search = spread("hubspot-search", searchPerSecond, Duration.ofSeconds(1));
        this.daily = RateLimiter.of("hubspot-daily", RateLimiterConfig.custom()
                .limitForPeriod((int) Math.min(Integer.MAX_VALUE, dailyLimit))
                .limitRefreshPeriod(Duration.ofDays(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    private static RateLimiter spread(String name, int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException(name + " limit must be positive");
        }
        long cycle = limit == 1 ? window.toNanos() : Math.max(1, window.toNanos() / (limit - 1));
        return RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(cycle))
                .timeoutDuration(Duration.ofMinutes(10))
                .build());
    }

    /** Waits for the permits one call needs; false when the daily quota is spent. */
    boolean acquire(boolean isSearch) {
        if (!daily.acquirePermission()) {
            return false;
        }
        RateLimiter.waitForPermission(isSearch ? search : general);
        return true;
    }
}
