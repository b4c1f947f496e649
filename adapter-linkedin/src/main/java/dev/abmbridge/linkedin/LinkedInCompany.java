package dev.abmbridge.linkedin;

/**
 * What the connector may send about a company: its registrable domain (the member key), name, and LinkedIn
 * organization URN when known. Any of name and URN may be null.
 */
public record LinkedInCompany(String domain, String name, String organizationUrn) {
}
