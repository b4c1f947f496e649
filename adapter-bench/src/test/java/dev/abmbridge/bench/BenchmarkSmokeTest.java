package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.rules.AccountInsight;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs each benchmark's setup and a few operations, so a broken benchmark fails the build. Times nothing. */
class BenchmarkSmokeTest {

    @Test
    void icpScoringBenchmarkRuns() {
        IcpScoringBenchmark b = new IcpScoringBenchmark();
        b.setUp();
        try {
            assertThat(b.structured()).isNotNull();
            assertThat(b.cel()).isNotNull();
            assertThat(b.drools()).isNotNull();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void droolsRulesAgreeWithTheStructuredPlaybookOnEveryAccount() {
        IcpScoringBenchmark b = new IcpScoringBenchmark();
        b.setUp();
        try {
            for (Account a : b.accounts) {
                AccountInsight ours = b.structured.score(a);
                DroolsIcpScorer.ScoreCard theirs = b.drools.score(a);
                assertThat(theirs.disqualifiedBy()).as(a.id()).isEqualTo(ours.disqualifiedBy());
                if (ours.disqualifiedBy() == null) {
                    assertThat(theirs.matched()).as(a.id()).isEqualTo(ours.matched());
                    assertThat(theirs.unknown()).as(a.id()).isEqualTo(ours.unknown());
                    assertThat(theirs.fitScore()).as(a.id()).isEqualTo(ours.fitScore());
                    assertThat(theirs.tier()).as(a.id()).isEqualTo(ours.tier());
                    assertThat(theirs.isIcp()).as(a.id()).isEqualTo(ours.isIcp());
                }
            }
        } finally {
            b.tearDown();
        }
    }

    @Test
    void generatedAccountsSpreadOverTiersAndIncludeMissingData() {
        IcpScoringBenchmark b = new IcpScoringBenchmark();
        b.setUp();
        try {
            int[] tiers = new int[4];
            int disqualified = 0;
            int withUnknown = 0;
            for (Account a : b.accounts) {
                AccountInsight i = b.structured.score(a);
                if (i.disqualified()) {
                    disqualified++;
                } else if (i.tier() == null) {
                    tiers[3]++;
                } else {
                    tiers[i.tier().charAt(5) - '1']++;
                }
                if (!i.unknown().isEmpty()) {
                    withUnknown++;
                }
            }
            for (int t : tiers) {
                assertThat(t).isGreaterThan(IcpScoringBenchmark.ACCOUNTS / 50);
            }
            assertThat(disqualified).isGreaterThan(0);
            assertThat(withUnknown).isGreaterThan(IcpScoringBenchmark.ACCOUNTS / 10);
        } finally {
            b.tearDown();
        }
    }

    @Test
    void titleParsingBenchmarkRuns() {
        TitleParsingBenchmark b = new TitleParsingBenchmark();
        b.setUp();
        assertThat(b.titles).hasSize(TitleParsingBenchmark.TITLES);
        assertThat(b.parse()).isNotNull();
    }
}
