package dev.abmbridge.core.rules;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.testing.Playbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.abmbridge.core.testing.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;

class IcpScorerTest {

    /** Weights 30 + 25 + 10 + 5 = 70 positive, one negative (-20). */
    private static final Playbook PLAYBOOK = Playbooks.parse("""
            version: 1
            name: scorer test
            icp:
              minScore: 60
              tierOverrideField: custom.abmTierOverride
              criteria:
                - { id: industry, label: Target industry, weight: 30, when: { field: industry, in: [Computer Software, Financial Services] } }
                - { id: size, weight: 25, when: { field: employees, between: [200, 10000] } }
                - { id: crm, weight: 10, when: { field: technologies, containsAny: [Salesforce, HubSpot] } }
                - { id: rich, weight: 5, when: { field: annualRevenue, atLeast: 100000000 } }
                - { id: tiny, weight: -20, when: { field: employees, lessThan: 20 } }
              disqualifiers:
                - { id: competitor, label: Competitor, when: { field: type, equals: Competitor } }
                - { id: student, when: { field: industry, equals: Education } }
              tiers:
                - { name: Tier 1, minScore: 80 }
                - { name: Tier 2, minScore: 60 }
                - { name: Tier 3, minScore: 40 }
            """);

    private final IcpScorer scorer = new IcpScorer(PLAYBOOK.icp());

    @Test
    void fullMatch() {
        AccountInsight i = scorer.score(account().industry("computer software").employees(500)
                .technologies("HubSpot").revenue("200000000").build());
        assertThat(i.fitScore()).isEqualTo(100);
        assertThat(i.tier()).isEqualTo("Tier 1");
        assertThat(i.isIcp()).isTrue();
        assertThat(i.matched()).containsExactly("industry", "size", "crm", "rich");
        assertThat(i.unknown()).isEmpty();
    }

    @Test
    void scoreIsRoundedHalfUp() {
        // 30 + 5 of 70 = 50.0 ; 25 of 70 = 35.71 -> 36 ; 10 + 25 of 70 = 50
        assertThat(scorer.score(account().industry("Financial Services").employees(50).revenue("1e8").build()).fitScore())
                .isEqualTo(50);
        assertThat(scorer.score(account().employees(300).build()).fitScore()).isEqualTo(36);
        assertThat(IcpScorer.fitScore(1, 8)).isEqualTo(13);   // 12.5 -> 13
        assertThat(IcpScorer.fitScore(3, 8)).isEqualTo(38);   // 37.5 -> 38
        assertThat(IcpScorer.fitScore(1, 3)).isEqualTo(33);   // 33.33 -> 33
        assertThat(IcpScorer.fitScore(2, 3)).isEqualTo(67);   // 66.67 -> 67
    }

    @Test
    void negativeWeightsLowerTheScoreAndTheClampKeepsItAtZero() {
        AccountInsight tinySoftware = scorer.score(account().industry("Computer Software").employees(5).build());
        assertThat(tinySoftware.fitScore()).isEqualTo(14); // (30 - 20) / 70 = 14.29
        AccountInsight tinyOnly = scorer.score(account().industry("Retail").employees(5).build());
        assertThat(tinyOnly.fitScore()).isZero();            // -20 / 70 clamps to 0
        assertThat(tinyOnly.matched()).containsExactly("tiny");
    }

    @ParameterizedTest
    @CsvSource({"80, Tier 1", "79, Tier 2", "60, Tier 2", "59, Tier 3", "40, Tier 3", "39, ''"})
    void tierEdges(int score, String tier) {
        assertThat(scorer.tierFor(score)).isEqualTo(tier.isEmpty() ? null : tier);
    }

    @Test
    void icpFromTheMinimumScoreExactly() {
        // industry + crm + rich + size = 100; industry + size + rich = 60/70 = 86; size + crm + rich = 40/70 = 57
        assertThat(scorer.score(account().employees(300).technologies("HubSpot").revenue("1e9").build()))
                .extracting(AccountInsight::fitScore, AccountInsight::isIcp, AccountInsight::tier)
                .containsExactly(57, false, "Tier 3");
        // 30 + 10 + 5 = 45 / 70 = 64.29 -> 64
        assertThat(scorer.score(account().industry("Computer Software").technologies("Salesforce").revenue("1e9")
                .employees(50).build()))
                .extracting(AccountInsight::fitScore, AccountInsight::isIcp).containsExactly(64, true);
    }

    @Test
    void theScoreExactlyAtTheMinimumIsIcp() {
        Playbook p = Playbooks.withCriteria("""
                - { id: a, weight: 60, when: { field: industry, equals: X } }
                - { id: b, weight: 40, when: { field: employees, atLeast: 100 } }
                """);
        AccountInsight i = new IcpScorer(p.icp()).score(account().industry("X").employees(1).build());
        assertThat(i.fitScore()).isEqualTo(60);
        assertThat(i.isIcp()).isTrue();
        assertThat(i.tier()).isEqualTo("Tier 2");
    }

    @Test
    void unknownCriteriaAreReportedNotCounted() {
        AccountInsight i = scorer.score(account().industry("Computer Software").build());
        assertThat(i.matched()).containsExactly("industry");
        assertThat(i.unknown()).containsExactly("size", "crm", "rich", "tiny");
        assertThat(i.fitScore()).isEqualTo(43);
    }

    @Test
    void aDisqualifierZeroesTheScoreButKeepsWhatWasEvaluated() {
        AccountInsight i = scorer.score(account().industry("Computer Software").employees(500).type("competitor")
                .build());
        assertThat(i.disqualified()).isTrue();
        assertThat(i.disqualifiedBy()).isEqualTo("competitor");
        assertThat(i.fitScore()).isZero();
        assertThat(i.tier()).isNull();
        assertThat(i.isIcp()).isFalse();
        assertThat(i.matched()).containsExactly("industry", "size");
        assertThat(i.unknown()).containsExactly("crm", "rich");
    }

    @Test
    void theFirstMatchingDisqualifierInWrittenOrderIsReported() {
        AccountInsight i = scorer.score(account().industry("Education").type("Competitor").build());
        assertThat(i.disqualifiedBy()).isEqualTo("competitor");
    }

    @Test
    void theOverrideSetsTheTierAndIcpButKeepsTheScore() {
        AccountInsight i = scorer.score(account().employees(300).custom("abmTierOverride", "  Strategic ").build());
        assertThat(i.tier()).isEqualTo("Strategic");
        assertThat(i.isIcp()).isTrue();
        assertThat(i.fitScore()).isEqualTo(36);
        assertThat(i.tierOverridden()).isTrue();
    }

    @Test
    void aBlankOverrideIsIgnored() {
        AccountInsight i = scorer.score(account().employees(300).custom("abmTierOverride", "  ").build());
        assertThat(i.tier()).isNull();
        assertThat(i.tierOverridden()).isFalse();
    }

    @Test
    void disqualificationWinsOverTheOverride() {
        AccountInsight i = scorer.score(account().type("Competitor").custom("abmTierOverride", "Tier 1").build());
        assertThat(i.tier()).isNull();
        assertThat(i.isIcp()).isFalse();
        assertThat(i.disqualifiedBy()).isEqualTo("competitor");
    }

    @Test
    void explanationSummaryFitsACrmField() {
        Explanation explanation = new Explanation(PLAYBOOK.icp());
        AccountInsight i = scorer.score(account().industry("Computer Software").employees(500).build());
        String summary = explanation.summary(i);
        assertThat(summary).isEqualTo("Tier 2, fit 79, ICP. Matched: Target industry +30, size +25. "
                + "Missed: tiny -20. Unknown: crm +10, rich +5.");
        assertThat(explanation.full(i)).contains("Target industry (industry)").contains("data missing")
                .contains("matched weight 55 of 70");
    }

    @Test
    void aLongSummaryFallsBackToIdsThenIsCut() {
        StringBuilder criteria = new StringBuilder();
        for (int n = 0; n < 40; n++) {
            criteria.append("- { id: criterion-number-").append(n).append(", label: A rather long label for criterion ")
                    .append(n).append(", weight: 1, when: { field: employees, atLeast: ").append(n).append(" } }\n");
        }
        Playbook p = Playbooks.withCriteria(criteria.toString());
        AccountInsight i = new IcpScorer(p.icp()).score(account().employees(20).build());
        String summary = new Explanation(p.icp()).summary(i);
        assertThat(summary).hasSizeLessThanOrEqualTo(Explanation.SUMMARY_MAX).endsWith("…")
                .contains("criterion-number-0 +1").doesNotContain("A rather long label");
    }

    @Test
    void disqualifiedSummaryNamesTheDisqualifier() {
        AccountInsight i = scorer.score(account().type("Competitor").build());
        assertThat(new Explanation(PLAYBOOK.icp()).summary(i)).startsWith("Not ICP: disqualified by Competitor.");
    }
}
