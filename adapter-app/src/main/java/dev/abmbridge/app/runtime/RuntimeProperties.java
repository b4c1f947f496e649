package dev.abmbridge.app.runtime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * The scheduled runtime ({@code abm.runtime.*}): which connections are synced when. Off unless
 * {@code abm.runtime.enabled=true}.
 *
 * @param enabled     start a poller per connection
 * @param lockTtl     how long another instance waits before taking over the connection of an instance that died;
 *                    a live instance renews its lock every third of this while it syncs
 * @param connections the connections by name (lower-case letters, digits and dashes)
 */
@Validated
@ConfigurationProperties("abm.runtime")
public record RuntimeProperties(
        @DefaultValue("false") boolean enabled,
        @NotNull @DefaultValue("2m") Duration lockTtl,
        @DefaultValue Map<@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}",
                message = "a connection name is lower-case letters, digits and dashes") String,
                @Valid @NotNull Connection> connections) {

    /**
     * One connection's schedule.
     *
     * @param cron   Spring cron expression with seconds, e.g. {@code 0 0/15 * * * *} (every 15 minutes)
     * @param zone   time zone of the cron expression
     * @param dryRun plan only: nothing is written to any destination
     */
    public record Connection(@NotBlank String cron, @NotNull @DefaultValue("UTC") ZoneId zone,
                             @DefaultValue("false") boolean dryRun) {

        @AssertTrue(message = "cron must be a Spring cron expression with six fields, e.g. '0 0/15 * * * *'")
        public boolean isCronValid() {
            return cron == null || cron.isBlank() || CronExpression.isValidExpression(cron);
        }
    }

    @AssertTrue(message = "lock-ttl must be positive")
    public boolean isLockTtlPositive() {
        return lockTtl == null || !lockTtl.isNegative() && !lockTtl.isZero();
    }
}
