package dev.abmbridge.linkedin;

import java.util.Optional;

/**
 * Extra matching fields for members: the audience SPI carries only each member's key (a domain or an e-mail
 * hash), so the app gives the destination this look-up (from its snapshot store) to add company names,
 * organization URNs, and contacts' names, titles, companies and countries. Without it, keys alone are sent.
 */
public interface LinkedInMemberDetails {

    LinkedInMemberDetails NONE = new LinkedInMemberDetails() {
        @Override
        public Optional<LinkedInCompany> company(String domain) {
            return Optional.empty();
        }

        @Override
        public Optional<LinkedInUser> user(String emailSha256) {
            return Optional.empty();
        }
    };

    Optional<LinkedInCompany> company(String domain);

    Optional<LinkedInUser> user(String emailSha256);
}
