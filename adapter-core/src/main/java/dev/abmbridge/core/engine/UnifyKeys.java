package dev.abmbridge.core.engine;

import dev.abmbridge.core.identity.IdentityResolver;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.normalize.RegistrableDomain;

/**
 * The key a record gives itself before explicit links are followed (ARCHITECTURE.md, one account across systems):
 * {@code d:<registrable domain>} when it has a matchable one, else its own {@code r:<system>:<id>}. A contact takes
 * its account's key ({@code r:} of the account, resolved to the account's key by the store), else its e-mail's
 * domain, else its own {@code c:<system>:<id>}.
 */
final class UnifyKeys {

    private UnifyKeys() {
    }

    static String account(String system, Account a) {
        return IdentityResolver.isMatchable(a.domain()) ? "d:" + a.domain() : own(system, a.id());
    }

    static String contact(String system, Contact c) {
        if (c.accountId() != null) {
            return own(system, c.accountId());
        }
        String domain = c.email() == null || c.email().indexOf('@') < 0 ? null : RegistrableDomain.of(c.email());
        return IdentityResolver.isMatchable(domain) ? "d:" + domain : "c:" + system + ":" + c.id();
    }

    static String own(String system, String id) {
        return "r:" + system + ":" + id;
    }
}
