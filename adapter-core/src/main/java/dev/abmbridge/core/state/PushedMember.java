package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.MemberChange.MemberKind;

/** An audience member as last pushed to a destination. */
public record PushedMember(String system, String audienceId, String memberKey, MemberKind kind, String unifyKey) {
}
