package dev.abmbridge.linkedin;

import java.util.List;

/**
 * One company's ad engagement over a date range.
 *
 * @param domain            the registrable domain of the company's website: the key accounts unify on
 * @param organizationUrns  the LinkedIn organizations that resolved to this domain
 * @param score             0 to 100, see {@link LinkedInEngagementScore}
 */
public record AccountEngagement(String domain, List<String> organizationUrns, long impressions, long clicks,
                                long engagements, int score) {

    public AccountEngagement {
        organizationUrns = List.copyOf(organizationUrns);
    }
}
