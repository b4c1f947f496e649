package dev.abmbridge.linkedin;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LinkedInMemberDetails} filled from canonical accounts and contacts; contacts are stored under the hash
 * of their e-mail, and the e-mail itself is not kept.
 */
public final class LinkedInMemberDirectory implements LinkedInMemberDetails {

    private final Map<String, LinkedInCompany> companies = new ConcurrentHashMap<>();
    private final Map<String, LinkedInUser> users = new ConcurrentHashMap<>();

    public LinkedInMemberDirectory put(Account account, String organizationUrn) {
        if (account.domain() != null) {
            companies.put(account.domain(), new LinkedInCompany(account.domain(), account.name(), organizationUrn));
        }
        return this;
    }

    /** @param account the contact's account (its name is sent as the contact's company); may be null */
    public LinkedInMemberDirectory put(Contact contact, Account account) {
        String hash = LinkedInEmailHash.of(contact.email());
        if (hash != null) {
            users.put(hash, new LinkedInUser(hash, contact.firstName(), contact.lastName(), contact.title(),
                    account == null ? null : account.name(), contact.country()));
        }
        return this;
    }

    @Override
    public Optional<LinkedInCompany> company(String domain) {
        return Optional.ofNullable(companies.get(domain));
    }

    @Override
    public Optional<LinkedInUser> user(String emailSha256) {
        return Optional.ofNullable(users.get(emailSha256));
    }
}
