package dev.abmbridge.core.scoring;

import dev.abmbridge.core.identity.IdentityResolver;
import dev.abmbridge.core.normalize.RegistrableDomain;
import dev.abmbridge.core.rules.AccountInsight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scored accounts of a file run, kept compact so that a million accounts fit in a small heap: an
 * ordinal per account, the id and domain indexes needed to attach contacts, the insight (with its
 * criterion lists shared between accounts that have the same ones) and a bit mask of committee roles.
 */
final class ScoredAccountIndex {

    private final List<String> ids = new ArrayList<>();
    private final List<AccountInsight> insights = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byDomain = new HashMap<>();
    private final Map<List<String>, List<String>> sharedLists = new HashMap<>();
    private long[] roles = new long[1024];

    /** Adds an account in input order; returns its ordinal. */
    int add(String id, String domain, AccountInsight insight) {
        int ordinal = ids.size();
        ids.add(id);
        insights.add(new AccountInsight(insight.fitScore(), insight.tier(), insight.isIcp(), insight.disqualifiedBy(),
                shared(insight.matched()), shared(insight.unknown()), insight.tierOverridden()));
        byId.putIfAbsent(id, ordinal);
        if (IdentityResolver.isMatchable(domain)) {
            byDomain.putIfAbsent(domain, ordinal); // the first account in input order wins
        }
        if (ordinal == roles.length) {
            roles = Arrays.copyOf(roles, roles.length * 2);
        }
        return ordinal;
    }

    private List<String> shared(List<String> list) {
        return sharedLists.computeIfAbsent(list, l -> l);
    }

    int size() {
        return ids.size();
    }

    String id(int ordinal) {
        return ids.get(ordinal);
    }

    AccountInsight insight(int ordinal) {
        return insights.get(ordinal);
    }

    /** The ordinal of the account with this id, or -1. */
    int byId(String id) {
        Integer o = id == null ? null : byId.get(id);
        return o == null ? -1 : o;
    }

    /** The ordinal of the first account whose domain is the e-mail's registrable domain, or -1; never free mail. */
    int byEmail(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return -1;
        }
        String domain = RegistrableDomain.of(email);
        Integer o = IdentityResolver.isMatchable(domain) ? byDomain.get(domain) : null;
        return o == null ? -1 : o;
    }

    void addRole(int ordinal, long roleBit) {
        roles[ordinal] |= roleBit;
    }

    long roles(int ordinal) {
        return roles[ordinal];
    }
}
