package dev.abmbridge.core.spi;

import java.util.List;

/**
 * One company's ad engagement over a date range.
 *
 * @param domain            the registrable domain of the company's website: the key accounts unify on
 * @param organizationUrns  the source's own ids of the companies that resolved to this domain (LinkedIn
 *                          organization URNs)
 * @param score             0 to 100, by the source's documented method
 */
public record AccountEngagement(String domain, List<String> organizationUrns, long impressions, long clicks,
                                long engagements, int score) {

    public AccountEngagement {
        organizationUrns = List.copyOf(organizationUrns);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("engagement score must be 0 to 100: " + score);
        }
    }
}
