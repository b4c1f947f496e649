package dev.abmbridge.core.rules;

import java.util.List;

/**
 * What the ICP part of the playbook says about one account.
 *
 * @param tier            null when no tier is reached (or the account is disqualified)
 * @param disqualifiedBy  the id of the first matching disqualifier, null when none matched
 * @param matched         ids of matched criteria, in playbook order
 * @param unknown         ids of criteria that could not be decided for missing data, in playbook order
 * @param tierOverridden  the tier came from the manual override field, not from the score
 */
public record AccountInsight(int fitScore, String tier, boolean isIcp, String disqualifiedBy,
                             List<String> matched, List<String> unknown, boolean tierOverridden) {

    public AccountInsight {
        matched = List.copyOf(matched);
        unknown = List.copyOf(unknown);
    }

    public boolean disqualified() {
        return disqualifiedBy != null;
    }
}
