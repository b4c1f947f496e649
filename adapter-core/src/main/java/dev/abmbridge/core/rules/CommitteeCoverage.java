package dev.abmbridge.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Committee coverage of accounts (PLAYBOOK.md). Roles present can be gathered as a bit mask per account,
 * so that streaming millions of contacts keeps one {@code long} per account.
 */
public final class CommitteeCoverage {

    private final List<String> committee;

    public CommitteeCoverage(List<String> committee) {
        if (committee.size() > Long.SIZE) {
            throw new IllegalArgumentException("a committee of more than 64 roles is not supported");
        }
        this.committee = List.copyOf(committee);
    }

    public boolean hasCommittee() {
        return !committee.isEmpty();
    }

    /** The bit of a role in the mask; 0 for a role the committee does not need. */
    public long bit(String role) {
        int i = role == null ? -1 : committee.indexOf(role);
        return i < 0 ? 0L : 1L << i;
    }

    public Coverage of(Collection<String> rolesPresent) {
        long mask = 0;
        for (String r : rolesPresent) {
            mask |= bit(r);
        }
        return ofMask(mask);
    }

    public Coverage ofMask(long rolesPresent) {
        if (committee.isEmpty()) {
            return Coverage.NO_COMMITTEE;
        }
        int required = committee.size();
        int present = Long.bitCount(rolesPresent);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if ((rolesPresent & (1L << i)) == 0) {
                missing.add(committee.get(i));
            }
        }
        return new Coverage((200 * present + required) / (2 * required), missing);
    }
}
