package dev.abmbridge.core.engine;

import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.ScoredAccount;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.AudienceMembership;
import dev.abmbridge.core.rules.AudienceSegmenter;
import dev.abmbridge.core.rules.BuyingRoleClassifier;
import dev.abmbridge.core.rules.CommitteeCoverage;
import dev.abmbridge.core.rules.Coverage;
import dev.abmbridge.core.rules.Explanation;
import dev.abmbridge.core.rules.IcpScorer;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StoredRecord;
import dev.abmbridge.core.title.TitleParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Evaluate: unifies the records of one company, merges their fields in source precedence, and runs the playbook
 * once per unified account. Pure: no I/O, same input and playbook, same output.
 */
final class Evaluator {

    private final IcpScorer scorer;
    private final Explanation explanation;
    private final BuyingRoleClassifier classifier;
    private final CommitteeCoverage coverage;
    private final AudienceSegmenter segmenter;
    private final SnapshotCodec codec;
    private final List<String> precedence;
    private final Set<String> audienceSystems;
    /** Audience destinations that are also synced systems: they can hold only records they have (HubSpot lists). */
    private final Set<String> ownRecordsOnly;

    Evaluator(Playbook playbook, TitleParser titles, SnapshotCodec codec, List<String> precedence,
              Set<String> audienceSystems) {
        this.scorer = new IcpScorer(playbook.icp());
        this.explanation = new Explanation(playbook.icp());
        this.classifier = new BuyingRoleClassifier(playbook.buyingRoles(), titles);
        this.coverage = new CommitteeCoverage(playbook.buyingRoles().committee());
        this.segmenter = new AudienceSegmenter(playbook.audiences());
        this.codec = codec;
        this.precedence = List.copyOf(precedence);
        this.audienceSystems = Set.copyOf(audienceSystems);
        this.ownRecordsOnly = audienceSystems.stream().filter(precedence::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** @param records the snapshots of whole unified accounts (every record with a given key) */
    Evaluation evaluate(List<StoredRecord> records) {
        return evaluate(records, Map.of());
    }

    /**
     * @param records    the snapshots of whole unified accounts (every record with a given key)
     * @param engagement engagement scores by registrable domain; the score of the domain a unified account is
     *                   keyed on ({@code d:<domain>}) replaces its merged {@code engagement}, an account without
     *                   one keeps what its records say
     */
    Evaluation evaluate(List<StoredRecord> records, Map<String, Integer> engagement) {
        Map<String, List<StoredRecord>> byKey = new LinkedHashMap<>();
        for (StoredRecord r : records) {
            byKey.computeIfAbsent(r.unifyKey(), k -> new ArrayList<>()).add(r);
        }
        List<Desired> desired = new ArrayList<>();
        List<DesiredMember> members = new ArrayList<>();
        int[] counts = new int[3];
        Map<String, Integer> notInSystem = new TreeMap<>();
        Map<String, AccountCard> cards = new LinkedHashMap<>();
        for (Map.Entry<String, List<StoredRecord>> e : byKey.entrySet()) {
            for (Unified u : split(e.getValue())) {
                AccountCard card = evaluateOne(e.getKey(), u, engagement, desired, members, counts, notInSystem);
                if (card != null && !u.duplicate()) {
                    cards.put(e.getKey(), card);
                }
            }
        }
        return new Evaluation(desired, members, counts[0], counts[1], counts[2], cards, notInSystem);
    }

    /** A unified account: at most one account record per system, and the contacts that belong to it. */
    private record Unified(List<StoredRecord> accounts, List<StoredRecord> contacts, boolean duplicate) {
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Two records of the same system never merge: the first by id joins the others, each extra stands alone. */
    private List<Unified> split(List<StoredRecord> group) {
        List<StoredRecord> accounts = new ArrayList<>();
        List<StoredRecord> contacts = new ArrayList<>();
        for (StoredRecord r : group) {
            (r.kind() == RecordKind.ACCOUNT ? accounts : contacts).add(r);
        }
        accounts.sort(Comparator.comparingInt((StoredRecord r) -> rank(r.system())).thenComparing(StoredRecord::id));
        Map<String, Unified> bySystemAndId = new HashMap<>();
        Unified primary = new Unified(new ArrayList<>(), new ArrayList<>(), false);
        List<Unified> out = new ArrayList<>();
        out.add(primary);
        Set<String> systemsInPrimary = new LinkedHashSet<>();
        for (StoredRecord a : accounts) {
            Unified target = primary;
            if (!systemsInPrimary.add(a.system())) {
                target = new Unified(new ArrayList<>(), new ArrayList<>(), true);
                out.add(target);
            }
            target.accounts().add(a);
            bySystemAndId.put(a.system() + '\u0000' + a.id(), target);
        }
        for (StoredRecord c : contacts) {
            Unified target = c.accountRef() == null ? null : bySystemAndId.get(c.system() + '\u0000' + c.accountRef());
            (target == null ? primary : target).contacts().add(c);
        }
        return out;
    }

    /** @return the unified account's look-up card, null when it has no account record or no domain */
    private AccountCard evaluateOne(String key, Unified u, Map<String, Integer> engagement, List<Desired> desired,
                                    List<DesiredMember> members, int[] counts, Map<String, Integer> notInSystem) {
        List<ClassifiedContact> classified = new ArrayList<>();
        Set<String> seenEmails = new LinkedHashSet<>();
        List<ClassifiedContact> distinct = new ArrayList<>();
        Map<String, Set<String>> emailsBySystem = ownRecordsOnly.isEmpty() ? Map.of() : new HashMap<>();
        for (StoredRecord r : u.contacts()) {
            Contact contact = codec.contact(r.body());
            if (contact.email() != null && ownRecordsOnly.contains(r.system())) {
                emailsBySystem.computeIfAbsent(r.system(), k -> new HashSet<>()).add(normalized(contact.email()));
            }
            ClassifiedContact c = classifier.classify(contact);
            classified.add(c);
            Map<String, String> values = new LinkedHashMap<>();
            values.put(OwnedFields.ROLE, c.role());
            values.put(OwnedFields.SENIORITY, c.seniority().name());
            values.put(OwnedFields.FUNCTION, c.function().name());
            desired.add(new Desired(r.system(), RecordKind.CONTACT, r.id(), key, values, r.held()));
            if (contact.email() == null || seenEmails.add(contact.email())) {
                distinct.add(c);
            }
        }
        if (u.accounts().isEmpty()) {
            return null;
        }
        counts[0]++;
        if (u.duplicate()) {
            counts[1]++;
        }
        Account merged = merge(u.accounts().stream().map(r -> codec.account(r.body())).toList());
        if (key.startsWith("d:")) {
            merged = withEngagement(merged, engagement.get(key.substring(2)));
        }
        AccountInsight insight = scorer.score(merged);
        Set<String> roles = new LinkedHashSet<>();
        distinct.forEach(c -> {
            if (c.role() != null) {
                roles.add(c.role());
            }
        });
        Coverage cov = coverage.of(roles);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(OwnedFields.FIT_SCORE, Integer.toString(insight.fitScore()));
        values.put(OwnedFields.TIER, insight.tier());
        values.put(OwnedFields.IS_ICP, Boolean.toString(insight.isIcp()));
        values.put(OwnedFields.REASON, explanation.summary(insight));
        values.put(OwnedFields.COVERAGE, cov.percent() == null ? null : cov.percent().toString());
        values.put(OwnedFields.MISSING_ROLES, cov.missingRoles().isEmpty() ? null : String.join(";", cov.missingRoles()));
        for (StoredRecord r : u.accounts()) {
            desired.add(new Desired(r.system(), RecordKind.ACCOUNT, r.id(), key, values, r.held()));
        }
        ScoredAccount scored = new ScoredAccount(merged, insight.fitScore(), insight.tier(), insight.isIcp(), cov.percent());
        List<String> audienceIds = new ArrayList<>();
        for (AudienceMembership m : segmenter.memberships(scored, distinct)) {
            audienceIds.add(m.audience().id());
            for (String system : m.audience().destinations()) {
                if (!audienceSystems.contains(system)) {
                    continue;
                }
                // A destination that is also a synced system (HubSpot lists, Salesforce Campaigns) can only hold
                // its own records: a member it has no record of would be refused on every run, so it is left out
                // and counted instead.
                boolean ownOnly = ownRecordsOnly.contains(system);
                if (!m.audience().hasContacts()) {
                    if (merged.domain() == null) {
                        continue;
                    }
                    if (ownOnly && u.accounts().stream().noneMatch(r -> r.system().equals(system))) {
                        notInSystem.merge(system + '/' + m.audience().id(), 1, Integer::sum);
                        continue;
                    }
                    members.add(new DesiredMember(system, m.audience().id(), m.audience().name(), MemberKind.COMPANY,
                            merged.domain(), key));
                    continue;
                }
                for (ClassifiedContact c : m.contacts()) {
                    if (c.contact().email() == null) {
                        counts[2]++;
                        continue;
                    }
                    String email = normalized(c.contact().email());
                    if (ownOnly && !emailsBySystem.getOrDefault(system, Set.of()).contains(email)) {
                        notInSystem.merge(system + '/' + m.audience().id(), 1, Integer::sum);
                        continue;
                    }
                    members.add(new DesiredMember(system, m.audience().id(), m.audience().name(), MemberKind.CONTACT,
                            SnapshotCodec.sha256(email), key));
                }
            }
        }
        return merged.domain() == null ? null : new AccountCard(merged.domain(), merged.name(), insight.tier(),
                insight.isIcp(), insight.fitScore(), cov.percent(), cov.missingRoles(), audienceIds);
    }

    private int rank(String system) {
        int i = precedence.indexOf(system);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Field by field, the first non-missing value in source precedence (the list is already in that order). */
    static Account merge(List<Account> accounts) {
        if (accounts.size() == 1) {
            return accounts.get(0);
        }
        Account first = accounts.get(0);
        Map<String, Object> custom = new LinkedHashMap<>();
        for (int i = accounts.size() - 1; i >= 0; i--) {
            custom.putAll(accounts.get(i).custom());
        }
        return new Account(first.id(), first.source(),
                pick(accounts, Account::name), pick(accounts, Account::domain), pick(accounts, Account::industry),
                pick(accounts, Account::employees), pick(accounts, Account::annualRevenue),
                pick(accounts, Account::country), pick(accounts, Account::region), pick(accounts, Account::state),
                pick(accounts, Account::city), pick(accounts, Account::type),
                accounts.stream().map(Account::technologies).filter(t -> !t.isEmpty()).findFirst().orElse(List.of()),
                pick(accounts, Account::engagement), custom);
    }

    static Account withEngagement(Account a, Integer score) {
        if (score == null) {
            return a;
        }
        return new Account(a.id(), a.source(), a.name(), a.domain(), a.industry(), a.employees(), a.annualRevenue(),
                a.country(), a.region(), a.state(), a.city(), a.type(), a.technologies(), java.math.BigDecimal.valueOf(score),
                a.custom());
    }

    private static <V> V pick(List<Account> accounts, java.util.function.Function<Account, V> field) {
        for (Account a : accounts) {
            V v = field.apply(a);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
