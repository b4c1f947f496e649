package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.title.JobFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each benchmark's setup and an operation, so a broken benchmark fails the build, and checks the
 * benchmarks measure what they say: the Drools rules agree with our scorer, the data is varied.
 * Times nothing.
 */
class BenchmarkSmokeTest {

    private static IcpScoringBenchmark icp;

    @BeforeAll
    static void setUp() {
        icp = new IcpScoringBenchmark();
        icp.setUp();
    }

    @AfterAll
    static void tearDown() {
        icp.tearDown();
    }

    @Test
    void icpScoringBenchmarkRuns() {
        assertThat(icp.structured()).isNotNull();
        assertThat(icp.cel()).isNotNull();
        assertThat(icp.drools()).isNotNull();
    }

    @Test
    void droolsRulesAgreeWithTheStructuredPlaybookOnEveryAccount() {
        for (Account a : icp.accounts) {
            AccountInsight ours = icp.structured.score(a);
            DroolsIcpScorer.ScoreCard theirs = icp.drools.score(a);
            assertThat(theirs.disqualifiedBy()).as(a.id()).isEqualTo(ours.disqualifiedBy());
            if (ours.disqualifiedBy() == null) {
                assertThat(theirs.matched()).as(a.id()).isEqualTo(ours.matched());
                assertThat(theirs.unknown()).as(a.id()).isEqualTo(ours.unknown());
                assertThat(theirs.fitScore()).as(a.id()).isEqualTo(ours.fitScore());
                assertThat(theirs.tier()).as(a.id()).isEqualTo(ours.tier());
                assertThat(theirs.isIcp()).as(a.id()).isEqualTo(ours.isIcp());
            }
        }
    }

    @Test
    void generatedAccountsSpreadOverTiersAndIncludeMissingData() {
        int[] tiers = new int[4];
        int disqualified = 0;
        int withUnknown = 0;
        for (Account a : icp.accounts) {
            AccountInsight i = icp.structured.score(a);
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
    }

    @Test
    void titleParsingBenchmarkRunsOnVariedTitles() {
        TitleParsingBenchmark b = new TitleParsingBenchmark();
        b.setUp();
        assertThat(b.titles).hasSize(TitleParsingBenchmark.TITLES);
        assertThat(Arrays.stream(b.titles).distinct().count()).isGreaterThan(1000);
        assertThat(b.parse()).isNotNull();
        long withFunction = Arrays.stream(b.titles).filter(t -> b.parser.parse(t).function() != JobFunction.OTHER).count();
        assertThat(withFunction).isGreaterThan(TitleParsingBenchmark.TITLES * 3L / 4);
    }
}
