package dev.abmbridge.core.engine;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
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
import dev.abmbridge.core.scoring.AccountReport;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.state.StoredRecord;
import dev.abmbridge.core.title.TitleParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code explain} for an account of the connected systems: its unified account as the state store holds it
 * (found by a record id in any system, or by domain, URL or e-mail), merged in source precedence and evaluated
 * with the playbook as a sync would. Read-only: nothing is written, no system is called.
 */
public final class StoredAccountExplainer {

    private final StateStore store;
    private final Playbook playbook;
    private final TitleParser titles;
    private final SnapshotCodec codec = new SnapshotCodec();
    private final List<String> precedence;

    /** @param precedence source systems, most trusted first; systems not named come after, by name */
    public StoredAccountExplainer(StateStore store, Playbook playbook, TitleParser titles, List<String> precedence) {
        this.store = Objects.requireNonNull(store, "store");
        this.playbook = Objects.requireNonNull(playbook, "playbook");
        this.titles = titles;
        this.precedence = List.copyOf(precedence);
    }

    /** Empty when no stored account has that id or domain. */
    public Optional<AccountReport> explain(String idOrDomain) {
        String query = idOrDomain == null ? "" : idOrDomain.strip();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = store.accountKeysOf(query);
        if (keys.isEmpty()) {
            String domain = RegistrableDomain.of(query);
            if (domain == null) {
                return Optional.empty();
            }
            keys = List.of("d:" + domain);
        }
        List<StoredRecord> group = store.loadGroups(keys.subList(0, 1));
        List<StoredRecord> accounts = new ArrayList<>(group.stream().filter(r -> r.kind() == RecordKind.ACCOUNT)
                .sorted(Comparator.comparingInt((StoredRecord r) -> rank(r.system())).thenComparing(StoredRecord::system)
                        .thenComparing(StoredRecord::id))
                .toList());
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        // As the evaluator does: one record per system joins the unified account; a same-system duplicate stands alone.
        Set<String> systems = new LinkedHashSet<>();
        accounts.removeIf(a -> !systems.add(a.system()));
        Account merged = Evaluator.merge(accounts.stream().map(r -> codec.account(r.body())).toList());
        BuyingRoleClassifier classifier = new BuyingRoleClassifier(playbook.buyingRoles(), titles);
        List<ClassifiedContact> contacts = group.stream().filter(r -> r.kind() == RecordKind.CONTACT)
                .map(r -> classifier.classify(codec.contact(r.body()))).toList();
        AccountInsight insight = new IcpScorer(playbook.icp()).score(merged);
        Coverage coverage = new CommitteeCoverage(playbook.buyingRoles().committee())
                .of(contacts.stream().map(ClassifiedContact::role).filter(Objects::nonNull).toList());
        ScoredAccount scored = new ScoredAccount(merged, insight.fitScore(), insight.tier(), insight.isIcp(),
                coverage.percent());
        Explanation explanation = new Explanation(playbook.icp());
        return Optional.of(new AccountReport(merged, insight, explanation.summary(insight), explanation.full(insight),
                contacts, coverage, new AudienceSegmenter(playbook.audiences()).memberships(scored, contacts)));
    }

    private int rank(String system) {
        int i = precedence.indexOf(system);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
