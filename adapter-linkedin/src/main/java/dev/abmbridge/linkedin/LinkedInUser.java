package dev.abmbridge.linkedin;

/**
 * What the connector may send about a contact: the SHA-256 of the normalized e-mail (the member key) and optional
 * matching fields. Never the e-mail itself.
 */
public record LinkedInUser(String emailSha256, String firstName, String lastName, String title, String company,
                           String country) {

    public LinkedInUser {
        if (!LinkedInEmailHash.isHash(emailSha256)) {
            throw new IllegalArgumentException("a LinkedIn user is keyed by the SHA-256 of its e-mail");
        }
    }
}
