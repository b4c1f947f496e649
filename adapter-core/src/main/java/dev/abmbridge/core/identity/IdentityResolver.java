package dev.abmbridge.core.identity;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.normalize.FreeMailDomains;
import dev.abmbridge.core.normalize.RegistrableDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds accounts by id and contacts' accounts by e-mail domain (PLAYBOOK.md, file contract):
 * registrable domains are compared ({@code jane@eu.acme.co.uk} matches {@code acme.co.uk}),
 * free-mail domains never match, and of several accounts sharing a domain the first in input
 * order wins.
 *
 * <p>Built once from the accounts in input order; two hash indexes make every look-up O(1), so a
 * million accounts cost two map entries each. Immutable after construction, hence thread-safe.
 */
public final class IdentityResolver {
    private final Map<String, Account> byId;
    private final Map<String, Account> byDomain;
    private final List<DuplicateAccounts> likelyDuplicates;

    public IdentityResolver(List<Account> accountsInInputOrder) {
        Objects.requireNonNull(accountsInInputOrder, "accountsInInputOrder");
        int capacity = (int) Math.min(Integer.MAX_VALUE / 2, accountsInInputOrder.size() * 4L / 3 + 1);
        Map<String, Account> ids = new HashMap<>(capacity);
        Map<String, Account> domains = new HashMap<>(capacity);
        // Only domains held by more than one account get a list, so the common case costs nothing.
        Map<String, List<Account>> shared = new LinkedHashMap<>();
        for (Account account : accountsInInputOrder) {
            if (account.id() != null) {
                ids.putIfAbsent(account.id(), account);
            }
            String domain = account.domain();
            if (!isMatchable(domain)) {
                continue;
            }
            Account first = domains.putIfAbsent(domain, account);
            if (first != null) {
                shared.computeIfAbsent(domain, d -> new ArrayList<>(List.of(first))).add(account);
            }
        }
        this.byId = ids;
        this.byDomain = domains;
        this.likelyDuplicates = duplicatesWithinSources(shared);
    }

    /** The account with this id; the first in input order if several sources reuse an id. */
    public Optional<Account> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.strip()));
    }

    /** The first account (input order) whose domain is the registrable domain of the e-mail's domain. */
    public Optional<Account> accountForEmail(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return Optional.empty();
        }
        return lookUp(RegistrableDomain.of(email));
    }

    /** The first account (input order) with this registrable domain; never for a free-mail domain. */
    public Optional<Account> accountForDomain(String domainUrlOrEmail) {
        return lookUp(RegistrableDomain.of(domainUrlOrEmail));
    }

    private Optional<Account> lookUp(String domain) {
        return isMatchable(domain) ? Optional.ofNullable(byDomain.get(domain)) : Optional.empty();
    }

    /**
     * Whether contacts may be matched to accounts on this registrable domain: never on a missing or
     * free-mail one. The one rule for every place that attaches contacts by domain.
     */
    public static boolean isMatchable(String registrableDomain) {
        return registrableDomain != null && !FreeMailDomains.isFreeMail(registrableDomain);
    }

    /** Groups of accounts of one source that share a domain, in the order the domains were first found shared. */
    public List<DuplicateAccounts> likelyDuplicates() {
        return likelyDuplicates;
    }

    private static List<DuplicateAccounts> duplicatesWithinSources(Map<String, List<Account>> shared) {
        List<DuplicateAccounts> out = new ArrayList<>();
        for (Map.Entry<String, List<Account>> entry : shared.entrySet()) {
            Map<String, List<String>> idsBySource = new LinkedHashMap<>();
            for (Account account : entry.getValue()) {
                idsBySource.computeIfAbsent(String.valueOf(account.source()), s -> new ArrayList<>()).add(account.id());
            }
            idsBySource.forEach((source, ids) -> {
                if (ids.size() > 1) {
                    out.add(new DuplicateAccounts(source, entry.getKey(), ids));
                }
            });
        }
        return Collections.unmodifiableList(out);
    }
}
