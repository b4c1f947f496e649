package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.SystemUnavailableException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Every outbound call of one connection goes through its rate limiter (the system's quota) and its retry
 * (exponential backoff with jitter, never shorter than the Retry-After the system sent), both from Resilience4j.
 * One per connection, kept by the engine across runs.
 */
final class CallGuard {

    private final RateLimiter limiter;
    private final Retry retry;

    CallGuard(String system, RateLimit limit, EngineSettings settings) {
        this.limiter = RateLimiter.of(system, RateLimiterConfig.custom()
                .limitForPeriod(limit.calls())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ofMinutes(10))
                .build());
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                Math.max(1, settings.initialBackoff().toMillis()), 2.0, 0.5, Math.max(1, settings.maxBackoff().toMillis()));
        IntervalBiFunction<Object> interval = (attempt, outcome) -> {
            long wait = backoff.apply(attempt);
            if (outcome.isLeft() && outcome.getLeft() instanceof SystemUnavailableException e && e.retryAfter() != null) {
                wait = Math.max(wait, e.retryAfter().toMillis());
            }
            return wait;
        };
        this.retry = Retry.of(system, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(interval)
                .retryExceptions(SystemUnavailableException.class)
                .build());
    }

    /** Runs one API call (each attempt waits for a permit); throws the last failure when every attempt failed. */
    <T> T call(Supplier<T> apiCall, Runnable countAttempt) {
        Supplier<T> limited = () -> {
            RateLimiter.waitForPermission(limiter);
            countAttempt.run();
            return apiCall.get();
        };
        return Retry.decorateSupplier(retry, limited).get();
    }
}
