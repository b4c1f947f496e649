package dev.abmbridge.core.model;

/**
 * An account with the insight the playbook computed for it: what audience filters see.
 *
 * @param tier      null when the account reaches no tier
 * @param coverage  committee coverage in percent; null when the playbook has no committee
 */
public record ScoredAccount(Account account, int fitScore, String tier, boolean isIcp, Integer coverage) {
}
