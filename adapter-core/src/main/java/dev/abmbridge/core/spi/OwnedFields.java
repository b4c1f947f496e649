package dev.abmbridge.core.spi;

import java.util.List;

/**
 * The owned fields ABM Bridge writes, by logical name. Each sink maps them to its own field names; everything
 * else in a destination is read-only to ABM Bridge.
 */
public final class OwnedFields {

    public static final String FIT_SCORE = "fitScore";
    public static final String TIER = "tier";
    public static final String IS_ICP = "isIcp";
    public static final String REASON = "reason";
    public static final String COVERAGE = "coverage";
    public static final String MISSING_ROLES = "missingRoles";

    public static final String ROLE = "role";
    public static final String SENIORITY = "seniority";
    public static final String FUNCTION = "function";

    public static final List<String> ACCOUNT = List.of(FIT_SCORE, TIER, IS_ICP, REASON, COVERAGE, MISSING_ROLES);
    public static final List<String> CONTACT = List.of(ROLE, SENIORITY, FUNCTION);

    private OwnedFields() {
    }

    public static List<String> of(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? ACCOUNT : CONTACT;
    }
}
