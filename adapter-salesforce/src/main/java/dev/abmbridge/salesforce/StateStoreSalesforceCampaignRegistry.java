package dev.abmbridge.salesforce;

import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.StateStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SalesforceCampaignRegistry} on the engine's state store: campaign ids are settings
 * ({@code <system>.campaign.<audience>}), pushed members are the engine's own record of what it pushed.
 */
public final class StateStoreSalesforceCampaignRegistry implements SalesforceCampaignRegistry {

    private final StateStore store;
    private final String system;

    public StateStoreSalesforceCampaignRegistry(StateStore store, String system) {
        this.store = store;
        this.system = system;
    }

    private String setting(String audienceId) {
        return system + ".campaign." + audienceId;
    }

    @Override
    public Optional<String> campaignId(String audienceId) {
        return store.setting(setting(audienceId));
    }

    @Override
    public void saveCampaignId(String audienceId, String campaignId) {
        store.setSetting(setting(audienceId), campaignId);
    }

    @Override
    public Collection<String> pushedKeys(String audienceId) {
        List<PushedMember> pushed = store.pushedMembers(system, audienceId);
        return pushed.stream().filter(m -> m.kind() == MemberKind.CONTACT).map(PushedMember::memberKey).toList();
    }
}
