package dev.abmbridge.core.identity;

import java.util.List;

/**
 * Accounts of one source that share a registrable domain: likely duplicates in that source
 * (ARCHITECTURE.md: records of the same source never merge, they are reported instead).
 *
 * @param accountIds the ids in input order; the first one is the account contacts match to
 */
public record DuplicateAccounts(String source, String domain, List<String> accountIds) {
    public DuplicateAccounts {
        accountIds = List.copyOf(accountIds);
    }
}
