package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark playbook's ICP as Drools rules ({@code icp-rules.drl}) run in a stateless session per
 * account. The rules decide which criteria are matched or unknown and which disqualifiers hold; the
 * {@link ScoreCard} then does the playbook's arithmetic (fit score, tier, ICP flag) in Java.
 */
public final class DroolsIcpScorer implements AutoCloseable {

    /** Criterion ids and weights in playbook order, as in icp-structured.yml. */
    static final String[] CRITERIA = {"industry", "size", "revenue", "crm", "region", "servable-country",
            "has-domain", "tech-name", "very-small", "cloud-stack"};
    static final int[] WEIGHTS = {25, 20, 15, 10, 10, 5, 5, 5, -20, 10};
    static final String[] DISQUALIFIERS = {"competitor", "sanctioned"};
    static final String[] TIERS = {"Tier 1", "Tier 2", "Tier 3"};
    static final int[] TIER_MINS = {80, 60, 40};
    static final int ICP_MIN = 60;
    static final int POSITIVE_WEIGHT = Arrays.stream(WEIGHTS).filter(w -> w > 0).sum();

    private final KieBase kieBase;
    private final StatelessKieSession session;

    public DroolsIcpScorer(String drl) {
        this.kieBase = new KieHelper().addContent(drl, ResourceType.DRL).build();
        this.session = kieBase.newStatelessKieSession();
    }

    public ScoreCard score(Account account) {
        ScoreCard card = new ScoreCard();
        session.execute(Arrays.asList(new AccountFacts(account), card));
        card.finish();
        return card;
    }

    @Override
    public void close() {
        // a stateless session holds nothing between calls; the KieBase is garbage-collected
    }

    /** Filled in by the rules: what each criterion and disqualifier came to for one account. */
    public static final class ScoreCard {
        private final boolean[] matched = new boolean[CRITERIA.length];
        private final boolean[] unknown = new boolean[CRITERIA.length];
        private final boolean[] disqualified = new boolean[DISQUALIFIERS.length];
        private int fitScore;
        private String tier;
        private boolean icp;
        private String disqualifiedBy;

        public void match(int criterion) {
            matched[criterion] = true;
        }

        public void unknown(int criterion) {
            unknown[criterion] = true;
        }

        public void disqualify(int disqualifier) {
            disqualified[disqualifier] = true;
        }

        void finish() {
            for (int i = 0; i < disqualified.length; i++) {
                if (disqualified[i]) {
                    disqualifiedBy = DISQUALIFIERS[i];
                    return;
                }
            }
            long matchedWeight = 0;
            for (int i = 0; i < matched.length; i++) {
                if (matched[i]) {
                    matchedWeight += WEIGHTS[i];
                }
            }
            long rounded = Math.floorDiv(200 * matchedWeight + POSITIVE_WEIGHT, 2L * POSITIVE_WEIGHT);
            fitScore = (int) Math.max(0, Math.min(100, rounded));
            for (int i = 0; i < TIER_MINS.length; i++) {
                if (fitScore >= TIER_MINS[i]) {
                    tier = TIERS[i];
                    break;
                }
            }
            icp = fitScore >= ICP_MIN;
        }

        public int fitScore() {
            return fitScore;
        }

        public String tier() {
            return tier;
        }

        public boolean isIcp() {
            return icp;
        }

        public String disqualifiedBy() {
            return disqualifiedBy;
        }

        public List<String> matched() {
            return ids(matched);
        }

        public List<String> unknown() {
            return ids(unknown);
        }

        private static List<String> ids(boolean[] set) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < set.length; i++) {
                if (set[i]) {
                    out.add(CRITERIA[i]);
                }
            }
            return out;
        }
    }
}
