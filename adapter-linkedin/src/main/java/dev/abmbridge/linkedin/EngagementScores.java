package dev.abmbridge.linkedin;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.AccountEngagement;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts engagement scores on accounts, matched by registrable domain (the key accounts unify on). An account
 * without a domain, or whose company had no measurable engagement, keeps a missing {@code engagement}.
 */
public final class EngagementScores {

    private final Map<String, Integer> byDomain = new HashMap<>();

    public EngagementScores(Collection<AccountEngagement> engagement) {
        for (AccountEngagement e : engagement) {
            byDomain.put(e.domain(), e.score());
        }
    }

    public Account apply(Account a) {
        Integer score = a.domain() == null ? null : byDomain.get(a.domain());
        if (score == null) {
            return a;
        }
        return new Account(a.id(), a.source(), a.name(), a.domain(), a.industry(), a.employees(), a.annualRevenue(),
                a.country(), a.region(), a.state(), a.city(), a.type(), a.technologies(), BigDecimal.valueOf(score), a.custom());
    }
}
