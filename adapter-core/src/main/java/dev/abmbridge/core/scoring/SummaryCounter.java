package dev.abmbridge.core.scoring;

import dev.abmbridge.core.file.RowError;
import dev.abmbridge.core.playbook.Criterion;
import dev.abmbridge.core.playbook.Disqualifier;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.RoleRule;
import dev.abmbridge.core.playbook.Tier;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.Coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts a scoring run for its summary, with keys in the playbook's own order. */
final class SummaryCounter {

    static final String NO_TIER = "no tier";
    static final String DISQUALIFIED = "disqualified";
    static final String NO_ROLE = "no role";

    private final Playbook playbook;
    private final Map<String, Long> tiers = new LinkedHashMap<>();
    private final long[] scoreBuckets = new long[10];
    private final Map<String, Long> disqualified = new LinkedHashMap<>();
    private final Map<String, Long> unknown = new LinkedHashMap<>();
    private final Map<String, Long> roles = new LinkedHashMap<>();
    private final Map<String, Long> coverage = new LinkedHashMap<>();
    private long accounts;
    private long icp;
    private long contacts;
    private long matchedByDomain;
    private long unmatched;
    private long unknownAccount;

    SummaryCounter(Playbook playbook) {
        this.playbook = playbook;
        playbook.icp().tiers().stream().map(Tier::name).forEach(t -> tiers.put(t, 0L));
        tiers.put(NO_TIER, 0L);
        tiers.put(DISQUALIFIED, 0L);
        playbook.icp().disqualifiers().stream().map(Disqualifier::id).forEach(d -> disqualified.put(d, 0L));
        playbook.icp().criteria().stream().map(Criterion::id).forEach(c -> unknown.put(c, 0L));
        playbook.buyingRoles().rules().stream().map(RoleRule::role).forEach(r -> roles.putIfAbsent(r, 0L));
        if (!playbook.buyingRoles().committee().isEmpty()) {
            CoverageBuckets.NAMES.forEach(b -> coverage.put(b, 0L));
        }
    }

    void account(AccountInsight insight) {
        accounts++;
        if (insight.isIcp()) {
            icp++;
        }
        scoreBuckets[Math.min(9, insight.fitScore() / 10)]++;
        String tier = insight.disqualified() ? DISQUALIFIED : insight.tier() == null ? NO_TIER : insight.tier();
        tiers.merge(tier, 1L, Long::sum);
        if (insight.disqualified()) {
            disqualified.merge(insight.disqualifiedBy(), 1L, Long::sum);
        }
        insight.unknown().forEach(c -> unknown.merge(c, 1L, Long::sum));
    }

    void contact(String role) {
        contacts++;
        roles.merge(role == null ? NO_ROLE : role, 1L, Long::sum);
    }

    void coverage(Coverage c) {
        if (c.percent() != null) {
            coverage.merge(CoverageBuckets.of(c.percent()), 1L, Long::sum);
        }
    }

    void contactMatchedByDomain() {
        matchedByDomain++;
    }

    void contactUnmatched() {
        unmatched++;
    }

    void contactWithUnknownAccount() {
        unknownAccount++;
    }

    ScoringSummary summary(List<RowError> rowErrors, List<String> warnings) {
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int b = 0; b < scoreBuckets.length; b++) {
            histogram.put(b * 10 + "-" + (b == 9 ? 100 : b * 10 + 9), scoreBuckets[b]);
        }
        return new ScoringSummary(accounts, icp, ordered(tiers), ordered(histogram), ordered(disqualified), ordered(unknown),
                contacts, ordered(roles), ordered(coverage), matchedByDomain, unmatched, unknownAccount,
                List.copyOf(rowErrors), List.copyOf(warnings), playbook.hash());
    }

    private static Map<String, Long> ordered(Map<String, Long> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
