package dev.abmbridge.core.state;

/**
 * A record (or audience member) a destination refused, or that failed every retry.
 *
 * @param kind ACCOUNT, CONTACT or MEMBER; a member's id is {@code audienceId/memberKey}
 */
public record DeadLetter(String system, String kind, String id, String unifyKey, String reason, int attempts,
                         long firstSeen, long lastSeen, boolean discarded) {
}
