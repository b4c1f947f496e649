package dev.abmbridge.linkedin;

import java.time.Instant;

/**
 * How long the LinkedIn authorization keeps working, for {@code check} and the status page. LinkedIn's refresh
 * token lives 365 days from the member's consent and does not roll: when it expires, a member must authorize again.
 *
 * @param daysLeft whole days until the refresh token expires; null when its expiry is not known yet
 */
public record LinkedInTokenStatus(Level level, Instant refreshTokenExpiresAt, Long daysLeft, Instant accessTokenExpiresAt,
                                  String message) {

    public enum Level {
        /** More than the warning period left. */
        OK,
        /** Within the warning period: plan the re-authorization. */
        WARNING,
        /** A week or less left. */
        CRITICAL,
        /** Expired: nothing reaches LinkedIn until a member authorizes again. */
        EXPIRED,
        /** No refresh token, or its expiry is not known yet (known after the first refresh). */
        UNKNOWN
    }

    public boolean needsAttention() {
        return level != Level.OK;
    }
}
