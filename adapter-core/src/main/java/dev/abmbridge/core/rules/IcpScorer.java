package dev.abmbridge.core.rules;

import dev.abmbridge.core.condition.FieldDef;
import dev.abmbridge.core.condition.Rule;
import dev.abmbridge.core.condition.RuleCompiler;
import dev.abmbridge.core.condition.RuleCompilers;
import dev.abmbridge.core.condition.SubjectFields;
import dev.abmbridge.core.condition.Truth;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.playbook.Criterion;
import dev.abmbridge.core.playbook.Disqualifier;
import dev.abmbridge.core.playbook.IcpDefinition;
import dev.abmbridge.core.playbook.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores accounts against the ICP of a playbook (PLAYBOOK.md, ICP fit). Conditions are compiled once;
 * scoring is pure, thread-safe and allocation-light.
 */
public final class IcpScorer {

    private final String[] criterionIds;
    private final int[] weights;
    private final Rule<Account>[] criteria;
    private final String[] disqualifierIds;
    private final Rule<Account>[] disqualifiers;
    private final String[] tierNames;
    private final int[] tierMins;
    private final int positiveWeight;
    private final int icpMinScore;
    private final Function<Account, Object> override;
    /** Id lists by bit set of criteria (see {@link #idList}); null for playbooks with more criteria. */
    private final List<String>[] idLists;

    /** Up to this many criteria, the 2^n possible id lists are cached: at most 4,096 entries. */
    static final int MAX_CACHED_CRITERIA = 12;

    @SuppressWarnings("unchecked")
    public IcpScorer(IcpDefinition icp) {
        RuleCompiler<Account> compiler = RuleCompilers.ICP;
        List<Criterion> cs = icp.criteria();
        criterionIds = cs.stream().map(Criterion::id).toArray(String[]::new);
        weights = cs.stream().mapToInt(Criterion::weight).toArray();
        criteria = cs.stream().map(c -> compiler.compileValid(c.when())).toArray(Rule[]::new);
        List<Disqualifier> ds = icp.disqualifiers();
        disqualifierIds = ds.stream().map(Disqualifier::id).toArray(String[]::new);
        disqualifiers = ds.stream().map(d -> compiler.compileValid(d.when())).toArray(Rule[]::new);
        tierNames = icp.tiers().stream().map(Tier::name).toArray(String[]::new);
        tierMins = icp.tiers().stream().mapToInt(Tier::minScore).toArray();
        positiveWeight = icp.positiveWeight();
        icpMinScore = icp.minScore();
        override = icp.tierOverrideField() == null ? null
                : SubjectFields.ACCOUNT.find(icp.tierOverrideField()).map(FieldDef::accessor).orElseThrow();
        idLists = criteria.length <= MAX_CACHED_CRITERIA ? new List[1 << criteria.length] : null;
    }

    public AccountInsight score(Account account) {
        if (idLists != null) {
            return scoreSmall(account);
        }
        List<String> matched = new ArrayList<>(criteria.length);
        List<String> unknown = new ArrayList<>(2);
        long matchedWeight = 0;
        for (int i = 0; i < criteria.length; i++) {
            Truth t = criteria[i].test(account);
            if (t == Truth.TRUE) {
                matched.add(criterionIds[i]);
                matchedWeight += weights[i];
            } else if (t == Truth.UNKNOWN) {
                unknown.add(criterionIds[i]);
            }
        }
        return finish(account, matchedWeight, matched, unknown);
    }

    /**
     * {@link #score} for playbooks of up to {@value #MAX_CACHED_CRITERIA} criteria: the matched and
     * unknown criteria are collected as bit sets and turned into id lists through {@link #idList}, so a
     * score allocates no lists of its own.
     */
    private AccountInsight scoreSmall(Account account) {
        int matched = 0;
        int unknown = 0;
        long matchedWeight = 0;
        for (int i = 0; i < criteria.length; i++) {
            Truth t = criteria[i].test(account);
            if (t == Truth.TRUE) {
                matched |= 1 << i;
                matchedWeight += weights[i];
            } else if (t == Truth.UNKNOWN) {
                unknown |= 1 << i;
            }
        }
        return finish(account, matchedWeight, idList(matched), idList(unknown));
    }

    /**
     * The ids of the criteria in a bit set, in playbook order, as an immutable list made once per bit set
     * and kept. Filled in lazily; two threads racing on one slot build equal lists, and an immutable
     * list is safe to publish without a lock.
     */
    private List<String> idList(int bits) {
        List<String> ids = idLists[bits];
        if (ids == null) {
            String[] out = new String[Integer.bitCount(bits)];
            int n = 0;
            for (int i = 0; i < criterionIds.length; i++) {
                if ((bits & (1 << i)) != 0) {
                    out[n++] = criterionIds[i];
                }
            }
            ids = List.of(out);
            idLists[bits] = ids;
        }
        return ids;
    }

    private AccountInsight finish(Account account, long matchedWeight, List<String> matched, List<String> unknown) {
        String disqualifiedBy = null;
        for (int i = 0; i < disqualifiers.length && disqualifiedBy == null; i++) {
            if (disqualifiers[i].test(account) == Truth.TRUE) {
                disqualifiedBy = disqualifierIds[i];
            }
        }
        if (disqualifiedBy != null) {
            return new AccountInsight(0, null, false, disqualifiedBy, matched, unknown, false);
        }
        int fitScore = fitScore(matchedWeight, positiveWeight);
        String overrideTier = overrideTier(account);
        if (overrideTier != null) {
            return new AccountInsight(fitScore, overrideTier, true, null, matched, unknown, true);
        }
        return new AccountInsight(fitScore, tierFor(fitScore), fitScore >= icpMinScore, null, matched, unknown, false);
    }

    /** clamp(round-half-up(100 × matched ÷ positive), 0, 100), in exact integer arithmetic. */
    static int fitScore(long matchedWeight, long positiveWeight) {
        if (positiveWeight <= 0) {
            return 0;
        }
        long rounded = Math.floorDiv(200 * matchedWeight + positiveWeight, 2 * positiveWeight);
        return (int) Math.max(0, Math.min(100, rounded));
    }

    /** The first tier, in the order written, whose minimum the score reaches; null when none. */
    String tierFor(int fitScore) {
        for (int i = 0; i < tierMins.length; i++) {
            if (fitScore >= tierMins[i]) {
                return tierNames[i];
            }
        }
        return null;
    }

    private String overrideTier(Account account) {
        if (override == null) {
            return null;
        }
        Object v = override.apply(account);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
