package dev.abmbridge.core.scoring;

import dev.abmbridge.core.file.RowError;

import java.util.List;
import java.util.Map;

/**
 * What a file scoring run found, for the console summary.
 *
 * @param accountsPerTier        tier name (or "no tier" / "disqualified") to count, tiers in playbook order
 * @param fitScoreHistogram      "0-9", "10-19", ..., "90-100" to the accounts whose fit score falls there
 * @param unknownPerCriterion    criterion id to the number of accounts it could not be decided for
 * @param contactsPerRole        role (or "no role") to count, in rule order
 * @param coverageDistribution   coverage bucket ("0%", "1-24%", ..., "100%") to accounts; empty without committee
 * @param contactsMatchedByDomain contacts without an accountId attached to an account by e-mail domain
 * @param contactsUnmatched      contacts without an accountId that no account's domain matched
 * @param contactsWithUnknownAccount contacts whose accountId is not among the accounts
 */
public record ScoringSummary(
        long accountsScored,
        long icpAccounts,
        Map<String, Long> accountsPerTier,
        Map<String, Long> fitScoreHistogram,
        Map<String, Long> disqualifiedBy,
        Map<String, Long> unknownPerCriterion,
        long contactsScored,
        Map<String, Long> contactsPerRole,
        Map<String, Long> coverageDistribution,
        long contactsMatchedByDomain,
        long contactsUnmatched,
        long contactsWithUnknownAccount,
        List<RowError> rowErrors,
        List<String> warnings,
        String playbookHash) {
}
