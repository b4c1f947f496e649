package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.MemberChange.MemberKind;

/** How many members of one kind an audience holds in a destination, as last pushed. */
public record AudienceSize(String system, String audienceId, MemberKind kind, int members) {
}
