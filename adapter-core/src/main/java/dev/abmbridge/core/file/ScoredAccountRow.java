package dev.abmbridge.core.file;

import java.util.List;

/**
 * One line of {@code accounts-scored.csv}, as plain values (PLAYBOOK.md, file contract).
 *
 * @param tier           null when no tier was reached or the account is disqualified
 * @param disqualifiedBy the first matching disqualifier's id, or null
 * @param matched        criterion ids in playbook order
 * @param unknown        criterion ids in playbook order
 * @param coverage       integer percentage, null when the playbook has no committee
 * @param missingRoles   required roles absent, in the order written
 */
public record ScoredAccountRow(
        String id,
        int fitScore,
        String tier,
        boolean isIcp,
        String disqualifiedBy,
        List<String> matched,
        List<String> unknown,
        Integer coverage,
        List<String> missingRoles) {

    public ScoredAccountRow {
        matched = matched == null ? List.of() : List.copyOf(matched);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
        missingRoles = missingRoles == null ? List.of() : List.copyOf(missingRoles);
    }
}
