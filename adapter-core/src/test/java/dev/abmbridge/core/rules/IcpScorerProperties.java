package dev.abmbridge.core.rules;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.testing.Playbooks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.abmbridge.core.testing.TestAccounts.account;
import static org.assertj.core.api.Assertions.assertThat;

class IcpScorerProperties {

    /** Criterion i is matched when flag i of the account's custom field "f" is "1". */
    private static Playbook playbook(List<Integer> weights) {
        StringBuilder criteria = new StringBuilder();
        for (int i = 0; i < weights.size(); i++) {
            criteria.append("- { id: c").append(i).append(", weight: ").append(weights.get(i))
                    .append(", when: { field: custom.f").append(i).append(", equals: 1 } }\n");
        }
        return Playbooks.withCriteria(criteria.toString());
    }

    private static Account withFlags(boolean[] flags) {
        var b = account();
        for (int i = 0; i < flags.length; i++) {
            b.custom("f" + i, flags[i] ? "1" : "0");
        }
        return b.build();
    }

    @Provide
    Arbitrary<List<Integer>> weights() {
        return Arbitraries.integers().between(-50, 100).list().ofMinSize(1).ofMaxSize(12)
                .filter(ws -> ws.stream().anyMatch(w -> w > 0));
    }

    @Property
    void fitScoreIsAlwaysWithin0And100(@ForAll("weights") List<Integer> weights, @ForAll Random random) {
        IcpScorer scorer = new IcpScorer(playbook(weights).icp());
        boolean[] flags = new boolean[weights.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = random.nextBoolean();
        }
        assertThat(scorer.score(withFlags(flags)).fitScore()).isBetween(0, 100);
    }

    @Property
    void oneMorePositiveCriterionNeverLowersTheScore(@ForAll("weights") List<Integer> weights, @ForAll Random random) {
        IcpScorer scorer = new IcpScorer(playbook(weights).icp());
        boolean[] flags = new boolean[weights.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = random.nextBoolean();
        }
        int before = scorer.score(withFlags(flags)).fitScore();
        for (int i = 0; i < flags.length; i++) {
            if (!flags[i] && weights.get(i) > 0) {
                boolean[] more = flags.clone();
                more[i] = true;
                assertThat(scorer.score(withFlags(more)).fitScore()).isGreaterThanOrEqualTo(before);
            }
        }
    }

    @Property
    void theTierIsMonotoneInTheScore(@ForAll @IntRange(min = 0, max = 99) int score) {
        IcpScorer scorer = new IcpScorer(playbook(List.of(1)).icp());
        List<String> order = new ArrayList<>(List.of("Tier 1", "Tier 2", "Tier 3"));
        order.add(null);
        int rankLow = order.indexOf(scorer.tierFor(score));
        int rankHigh = order.indexOf(scorer.tierFor(score + 1));
        assertThat(rankHigh).isLessThanOrEqualTo(rankLow);
    }

    @Provide
    Arbitrary<List<Account>> accounts() {
        Arbitrary<Account> one = Combinators.combine(
                Arbitraries.of("Computer Software", "Retail", "Financial Services", "Education"),
                Arbitraries.longs().between(1, 50_000),
                Arbitraries.of("Competitor", "Customer", "Prospect"),
                Arbitraries.strings().alpha().ofLength(6)
        ).as((industry, employees, type, id) -> account().id(id).industry(industry).employees(employees).type(type)
                .build());
        return one.list().ofMaxSize(30);
    }

    @Property
    void resultsDoNotDependOnTheOrderOfAccounts(@ForAll("accounts") List<Account> accounts, @ForAll Random random) {
        Playbook p = Playbooks.parse("""
                version: 1
                icp:
                  minScore: 50
                  criteria:
                    - { id: industry, weight: 40, when: { field: industry, in: [Computer Software, Financial Services] } }
                    - { id: size, weight: 60, when: { field: employees, between: [200, 10000] } }
                  disqualifiers:
                    - { id: competitor, when: { field: type, equals: competitor } }
                  tiers:
                    - { name: A, minScore: 90 }
                    - { name: B, minScore: 40 }
                """);
        IcpScorer scorer = new IcpScorer(p.icp());
        List<AccountInsight> inOrder = accounts.stream().map(scorer::score).toList();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, random);
        IcpScorer fresh = new IcpScorer(p.icp());
        for (int i : idx) {
            assertThat(fresh.score(accounts.get(i))).isEqualTo(inOrder.get(i));
        }
    }
}
