package dev.abmbridge.core.rules;

import java.util.List;

/**
 * How much of the buying committee an account's contacts cover.
 *
 * @param percent      distinct required roles present ÷ required roles, rounded half-up; null without a committee
 * @param missingRoles required roles absent, in committee order
 */
public record Coverage(Integer percent, List<String> missingRoles) {

    public static final Coverage NO_COMMITTEE = new Coverage(null, List.of());

    public Coverage {
        missingRoles = List.copyOf(missingRoles);
    }
}
