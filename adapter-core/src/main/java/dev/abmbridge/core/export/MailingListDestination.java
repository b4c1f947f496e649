package dev.abmbridge.core.export;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.state.StoredRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Direct-mail and event lists: for every contact audience that names this destination, a CSV of its members with
 * name, title, company and mailing address, regenerated at the end of each sync run from the snapshot store (so a
 * moved office shows up even when membership did not change), plus the members without a usable address and the
 * changes since the last export. Contacts with a configured opt-out field set are left off.
 * <p>
 * The engine's membership deltas are accepted as they come (a file has nothing to refuse); the engine's record of
 * pushed members is then the membership, and {@link #runFinished()} writes the files from it. Account members (of
 * an audience without contacts) cannot be mailed: they are accepted and counted as skipped.
 */
public final class MailingListDestination implements AudienceDestination {

    private final String system;
    private final StateStore store;
    private final SnapshotCodec codec = new SnapshotCodec();
    private final List<Audience> audiences;
    private final MailingListFiles files;
    private final MailingAddresses addresses;
    private final AtomicLong skippedAccounts = new AtomicLong();
    private final List<MailingListExport> exports = new CopyOnWriteArrayList<>();

    /**
     * @param system    the connection name audiences list among their destinations
     * @param audiences the playbook's audiences; those naming {@code system} get a list
     */
    public MailingListDestination(String system, MailingListSettings settings, StateStore store, List<Audience> audiences) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid mailing list settings: " + String.join("; ", problems));
        }
        this.system = system;
        this.store = store;
        this.audiences = audiences.stream().filter(a -> a.destinations().contains(system)).toList();
        this.files = new MailingListFiles(settings.dir());
        this.addresses = new MailingAddresses(settings);
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public int maxBatchSize() {
        return 10_000;
    }

    @Override
    public RateLimit rateLimit() {
        return RateLimit.UNLIMITED;
    }

    @Override
    public void ensureAudience(String audienceId, String displayName) {
        // The files are written at the end of the run, for every audience naming this destination.
    }

    @Override
    public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        for (MemberChange c : changes) {
            if (c.kind() == MemberKind.COMPANY) {
                skippedAccounts.incrementAndGet();
            }
            outcomes.add(Outcome.ok(c.key()));
        }
        return outcomes;
    }

    /** The members the engine recorded as pushed: the lists are rebuilt from exactly these at the end of each run. */
    @Override
    public Set<String> members(String audienceId, Collection<String> keys) {
        Set<String> held = new HashSet<>();
        for (PushedMember m : store.pushedMembers(system, audienceId)) {
            held.add(m.memberKey());
        }
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            if (held.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Writes the files of every audience naming this destination. */
    @Override
    public void runFinished() {
        exports.clear();
        for (Audience audience : audiences) {
            if (audience.hasContacts()) {
                exports.add(export(audience.id()));
            }
        }
    }

    /** What the last {@link #runFinished()} wrote, per audience. */
    public List<MailingListExport> exports() {
        return List.copyOf(exports);
    }

    public long skippedAccounts() {
        return skippedAccounts.get();
    }

    MailingListExport export(String audienceId) {
        List<PushedMember> members = store.pushedMembers(system, audienceId).stream()
                .filter(m -> m.kind() == MemberKind.CONTACT).toList();
        Set<String> unifyKeys = new LinkedHashSet<>();
        members.forEach(m -> unifyKeys.add(m.unifyKey()));
        Map<String, List<StoredRecord>> groups = new HashMap<>();
        for (StoredRecord r : store.loadGroups(unifyKeys)) {
            groups.computeIfAbsent(r.unifyKey(), k -> new ArrayList<>()).add(r);
        }
        List<MailingListRow> mailable = new ArrayList<>();
        List<MailingListRow> unaddressed = new ArrayList<>();
        int optedOut = 0;
        int notFound = 0;
        for (PushedMember m : members) {
            List<StoredRecord> group = groups.getOrDefault(m.unifyKey(), List.of());
            List<Candidate> candidates = candidates(m.memberKey(), group);
            if (candidates.isEmpty()) {
                notFound++;
            } else if (candidates.stream().anyMatch(c -> addresses.optedOut(c.contact()))) {
                optedOut++; // one opted-out record of the person is enough to keep them off
            } else {
                MailingListRow row = candidates.get(0).row();
                (row.address().usable() ? mailable : unaddressed).add(row);
            }
        }
        Comparator<MailingListRow> order = Comparator.comparing(MailingListRow::contactRef);
        mailable.sort(order);
        unaddressed.sort(order);
        Map<String, MailingListRow> before = files.read(files.list(audienceId));
        Set<String> now = new HashSet<>();
        mailable.forEach(r -> now.add(r.contactRef()));
        List<MailingListRow> added = mailable.stream().filter(r -> !before.containsKey(r.contactRef())).toList();
        List<MailingListRow> removed = before.values().stream().filter(r -> !now.contains(r.contactRef())).sorted(order).toList();
        files.write(files.list(audienceId), mailable);
        files.write(files.unaddressed(audienceId), unaddressed);
        files.writeChanges(files.changes(audienceId), added, removed);
        return new MailingListExport(audienceId, mailable.size(), unaddressed.size(), optedOut, notFound, added.size(), removed.size());
    }

    /** One contact record of the member with its row. */
    private record Candidate(Contact contact, MailingListRow row) {
    }

    /**
     * The member's contact records (the same e-mail may be in several systems), those with a usable address first, then
     * by system and id, so the choice is stable.
     */
    private List<Candidate> candidates(String memberKey, List<StoredRecord> group) {
        Map<String, Account> accounts = new HashMap<>();
        Account anyAccount = null;
        for (StoredRecord r : group) {
            if (r.kind() == RecordKind.ACCOUNT) {
                Account a = codec.account(r.body());
                accounts.put(r.system() + '\u0000' + r.id(), a);
                anyAccount = anyAccount == null ? a : anyAccount;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (StoredRecord r : group) {
            if (r.kind() != RecordKind.CONTACT) {
                continue;
            }
            Contact c = codec.contact(r.body());
            if (c.email() == null || !memberKey.equals(SnapshotCodec.sha256(c.email().strip().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            Account account = r.accountRef() == null ? null : accounts.get(r.system() + '\u0000' + r.accountRef());
            if (account == null) {
                account = anyAccount;
            }
            MailingListRow row = new MailingListRow(r.system() + ":" + r.id(), c.firstName(), c.lastName(), c.title(),
                    account == null ? null : account.name(), addresses.of(c, account));
            out.add(new Candidate(c, row));
        }
        out.sort(Comparator.comparing((Candidate c) -> !c.row().address().usable()).thenComparing(c -> c.row().contactRef()));
        return out;
    }
}
