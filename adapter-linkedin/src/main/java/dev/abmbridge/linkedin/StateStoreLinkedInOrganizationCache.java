package dev.abmbridge.linkedin;

import dev.abmbridge.core.state.StateStore;

import java.util.Optional;

/**
 * A {@link LinkedInOrganizationCache} in the state store's settings ({@code linkedin.organization.<urn>} =
 * {@code domain \t name}, empty parts for none), so look-ups survive restarts. Fine for thousands of
 * organizations; a table of its own is the next step for more.
 */
public final class StateStoreLinkedInOrganizationCache implements LinkedInOrganizationCache {

    private final StateStore store;
    private final String prefix;

    public StateStoreLinkedInOrganizationCache(StateStore store, String system) {
        this.store = store;
        this.prefix = system + ".organization.";
    }

    @Override
    public Optional<LinkedInOrganization> get(String urn) {
        return store.setting(prefix + urn).map(v -> {
            int tab = v.indexOf('\t');
            String domain = v.substring(0, tab);
            String name = v.substring(tab + 1);
            return new LinkedInOrganization(urn, name.isEmpty() ? null : name, domain.isEmpty() ? null : domain);
        });
    }

    @Override
    public void put(LinkedInOrganization organization) {
        String name = organization.name() == null ? "" : organization.name().replace('\t', ' ');
        store.setSetting(prefix + organization.urn(), (organization.domain() == null ? "" : organization.domain()) + "\t" + name);
    }
}
