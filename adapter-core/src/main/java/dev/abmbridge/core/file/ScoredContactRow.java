package dev.abmbridge.core.file;

/**
 * One line of {@code contacts-scored.csv}, as plain values (PLAYBOOK.md, file contract).
 *
 * @param accountId        the account id the input carried, or null
 * @param matchedAccountId the account found by e-mail domain when {@code accountId} is null, else null
 */
public record ScoredContactRow(
        String id,
        String accountId,
        String seniority,
        String function,
        String role,
        String matchedAccountId) {
}
