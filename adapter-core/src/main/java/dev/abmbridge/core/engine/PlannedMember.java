package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;

/** One audience member to add or remove, versus what was last pushed. */
public record PlannedMember(String system, String audienceId, String audienceName, MemberKind kind, String key,
                            boolean add, String unifyKey) {

    public MemberChange toChange() {
        return new MemberChange(kind, key, add);
    }
}
