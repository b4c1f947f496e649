package dev.abmbridge.core.lookup;

import dev.abmbridge.core.normalize.FreeMailDomains;
import dev.abmbridge.core.normalize.RegistrableDomain;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory index behind the look-up API: the latest card of every unified account by registrable domain. An
 * engine fills it through {@link AccountObserver} as it evaluates, so a sync keeps it current; a look-up is one
 * normalization and one hash probe, with no I/O.
 */
public final class AccountDirectory implements AccountObserver {

    private final ConcurrentHashMap<String, AccountCard> byDomain = new ConcurrentHashMap<>();
    /** The domain each unified account was last found by, so a changed or lost domain stops answering. */
    private final ConcurrentHashMap<String, String> domainOfKey = new ConcurrentHashMap<>();

    @Override
    public void evaluated(String unifyKey, AccountCard card) {
        String previous = domainOfKey.put(unifyKey, card.domain());
        if (previous != null && !previous.equals(card.domain())) {
            byDomain.remove(previous);
        }
        byDomain.put(card.domain(), card);
    }

    @Override
    public void gone(String unifyKey) {
        String previous = domainOfKey.remove(unifyKey);
        if (previous != null) {
            byDomain.remove(previous);
        }
    }

    /** The account of a domain, URL or host ({@code www.acme.co.uk}, {@code https://acme.com/pricing}). */
    public Optional<AccountCard> byDomain(String domainOrUrl) {
        String domain = RegistrableDomain.of(domainOrUrl);
        return domain == null ? Optional.empty() : Optional.ofNullable(byDomain.get(domain));
    }

    /**
     * The account of an e-mail address's domain; empty for free-mail domains, which say nothing about a company
     * (PLAYBOOK.md, identity resolution).
     */
    public Optional<AccountCard> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Optional.empty();
        }
        String domain = RegistrableDomain.of(email.substring(at + 1));
        if (domain == null || FreeMailDomains.isFreeMail(domain)) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDomain.get(domain));
    }

    public int size() {
        return byDomain.size();
    }
}
