package dev.abmbridge.salesforce;

import java.util.Collection;
import java.util.Optional;

/**
 * What the Campaigns destination remembers between runs: the Campaign id of each audience, so the campaign is found
 * again by id (a rename in Salesforce does not lose it), and the member keys the engine recorded as pushed, so a
 * campaign deleted in the org can be re-created with its members.
 */
public interface SalesforceCampaignRegistry {

    Optional<String> campaignId(String audienceId);

    void saveCampaignId(String audienceId, String campaignId);

    /** The contact member keys (e-mail hashes) the engine believes the audience's campaign holds. */
    Collection<String> pushedKeys(String audienceId);
}
