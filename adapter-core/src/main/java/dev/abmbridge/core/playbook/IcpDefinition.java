package dev.abmbridge.core.playbook;

import java.util.List;

/**
 * The ideal-customer-profile part of a playbook.
 *
 * @param tierOverrideField an account field whose value, when present, is the tier; null when not declared
 * @param tiers             in the order written, which is descending by minimum score
 */
public record IcpDefinition(int minScore, String tierOverrideField, List<Criterion> criteria,
                            List<Disqualifier> disqualifiers, List<Tier> tiers) {

    public IcpDefinition {
        criteria = List.copyOf(criteria);
        disqualifiers = List.copyOf(disqualifiers);
        tiers = List.copyOf(tiers);
    }

    /** The sum of all positive weights: the denominator of the fit score. */
    public int positiveWeight() {
        return criteria.stream().mapToInt(Criterion::weight).filter(w -> w > 0).sum();
    }
}
