package dev.abmbridge.linkedin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link LinkedInOrganizationCache} for one process. */
public final class InMemoryLinkedInOrganizationCache implements LinkedInOrganizationCache {

    private final Map<String, LinkedInOrganization> byUrn = new ConcurrentHashMap<>();

    @Override
    public Optional<LinkedInOrganization> get(String urn) {
        return Optional.ofNullable(byUrn.get(urn));
    }

    @Override
    public void put(LinkedInOrganization organization) {
        byUrn.put(organization.urn(), organization);
    }

    public int size() {
        return byUrn.size();
    }
}
