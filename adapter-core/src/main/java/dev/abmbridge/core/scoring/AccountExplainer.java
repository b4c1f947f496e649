package dev.abmbridge.core.scoring;

import dev.abmbridge.core.file.AccountCsvReader;
import dev.abmbridge.core.file.ContactCsvReader;
import dev.abmbridge.core.file.CsvIssueListener;
import dev.abmbridge.core.file.LineRecord;
import dev.abmbridge.core.identity.IdentityResolver;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.ScoredAccount;
import dev.abmbridge.core.normalize.RegistrableDomain;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.AudienceSegmenter;
import dev.abmbridge.core.rules.BuyingRoleClassifier;
import dev.abmbridge.core.rules.CommitteeCoverage;
import dev.abmbridge.core.rules.Coverage;
import dev.abmbridge.core.rules.Explanation;
import dev.abmbridge.core.rules.IcpScorer;
import dev.abmbridge.core.title.TitleParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Explains one account of the files: its insight, its contacts and roles, its coverage and audiences. */
public final class AccountExplainer {

    private final Playbook playbook;
    private final TitleParser titles;

    public AccountExplainer(Playbook playbook, TitleParser titles) {
        this.playbook = playbook;
        this.titles = titles;
    }

    /**
     * @param idOrDomain the account's id, or else a domain, URL or e-mail of it
     * @return empty when no account has that id or domain
     */
    public Optional<AccountReport> explain(Path accountsFile, Path contactsFile, String idOrDomain,
                                           CsvIssueListener issues) throws IOException {
        Optional<Found> found = find(accountsFile, idOrDomain, issues);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get().account();
        boolean ownsDomain = found.get().firstWithItsDomain() && IdentityResolver.isMatchable(account.domain());
        BuyingRoleClassifier classifier = new BuyingRoleClassifier(playbook.buyingRoles(), titles);
        List<ClassifiedContact> contacts = new ArrayList<>();
        if (contactsFile != null) {
            try (Stream<LineRecord<Contact>> rows = new ContactCsvReader().read(contactsFile, issues)) {
                rows.map(LineRecord::record)
                        .filter(c -> belongs(c, account, ownsDomain))
                        .map(classifier::classify)
                        .forEach(contacts::add);
            }
        }
        AccountInsight insight = new IcpScorer(playbook.icp()).score(account);
        Coverage coverage = new CommitteeCoverage(playbook.buyingRoles().committee())
                .of(contacts.stream().map(ClassifiedContact::role).filter(Objects::nonNull).toList());
        ScoredAccount scored = new ScoredAccount(account, insight.fitScore(), insight.tier(), insight.isIcp(),
                coverage.percent());
        Explanation explanation = new Explanation(playbook.icp());
        return Optional.of(new AccountReport(account, insight, explanation.summary(insight), explanation.full(insight),
                contacts, coverage, new AudienceSegmenter(playbook.audiences()).memberships(scored, contacts)));
    }

    /** The account, and whether no account before it in input order has its domain. */
    private record Found(Account account, boolean firstWithItsDomain) {
    }

    private static Optional<Found> find(Path accountsFile, String idOrDomain, CsvIssueListener issues)
            throws IOException {
        String domain = RegistrableDomain.of(idOrDomain);
        Account byDomain = null;
        Set<String> domainsSeen = new HashSet<>();
        try (Stream<LineRecord<Account>> rows = new AccountCsvReader().read(accountsFile, issues)) {
            for (Account a : (Iterable<Account>) rows.map(LineRecord::record)::iterator) {
                if (idOrDomain.equals(a.id())) {
                    return Optional.of(new Found(a, a.domain() == null || !domainsSeen.contains(a.domain())));
                }
                if (byDomain == null && domain != null && domain.equals(a.domain())) {
                    byDomain = a;
                }
                if (a.domain() != null) {
                    domainsSeen.add(a.domain());
                }
            }
        }
        return Optional.ofNullable(byDomain).map(a -> new Found(a, true));
    }

    private static boolean belongs(Contact c, Account account, boolean ownsDomain) {
        if (c.accountId() != null) {
            return c.accountId().equals(account.id());
        }
        return ownsDomain && c.email() != null && account.domain().equals(RegistrableDomain.of(c.email()));
    }
}
