package dev.abmbridge.linkedin;

/**
 * A LinkedIn company page as looked up: its URN, name and registrable website domain (null when LinkedIn has no
 * website for it or does not know the organization: it is still cached, so it is not looked up again).
 */
public record LinkedInOrganization(String urn, String name, String domain) {
}
