package dev.abmbridge.linkedin;

import java.util.Optional;

/** Organization look-ups already made (their pages rarely change); the state store will hold them across runs. */
public interface LinkedInOrganizationCache {

    Optional<LinkedInOrganization> get(String urn);

    void put(LinkedInOrganization organization);
}
