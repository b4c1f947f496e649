package dev.abmbridge.salesforce;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SalesforceCampaignRegistry} for one process (tests, dry runs): it knows no pushed members. */
public final class InMemorySalesforceCampaignRegistry implements SalesforceCampaignRegistry {

    private final Map<String, String> ids = new ConcurrentHashMap<>();

    @Override
    public Optional<String> campaignId(String audienceId) {
        return Optional.ofNullable(ids.get(audienceId));
    }

    @Override
    public void saveCampaignId(String audienceId, String campaignId) {
        ids.put(audienceId, campaignId);
    }

    @Override
    public Collection<String> pushedKeys(String audienceId) {
        return List.of();
    }
}
