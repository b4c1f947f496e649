package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.MemberChange.MemberKind;

/** A member an audience destination should hold. */
record DesiredMember(String system, String audienceId, String audienceName, MemberKind kind, String key,
                     String unifyKey) {
}
