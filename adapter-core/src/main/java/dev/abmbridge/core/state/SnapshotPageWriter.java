package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.RecordKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stores one pulled page with a few statements per page instead of about five per record: it reads what the
 * store holds of every snapshot the page needs (its records, the accounts its contacts belong to, the records
 * they link to) and the owned values its records hold, decides record by record in memory, and writes the
 * outcome in JDBC batches. The decisions are those of storing the records one at a time, in page order: a record
 * that repeats in the page sees its earlier copy, a contact sees an account stored earlier in the page, and an
 * account whose unify key moves takes its contacts along. Used inside the caller's transaction, once.
 */
final class SnapshotPageWriter {

    /** One snapshot's row. */
    private record RowId(String system, RecordKind kind, String id) {
    }

    /** The rows of one system and kind, read together. */
    private record Table(String system, RecordKind kind) {
    }

    /** What decisions need of a stored snapshot. */
    private record Stored(String unifyKey, String accountRef, String hash) {
    }

    private final Connection c;
    private final String system;
    private final int inListMax;

    /** Every snapshot the page reads, as storing the page so far left it; absent: no such snapshot. */
    private final Map<RowId, Stored> rows = new HashMap<>();
    private final Set<RowId> rowsInDb = new HashSet<>();
    /** The page's records to insert or update, with their last stored copy. */
    private final Map<RowId, SnapshotWrite> written = new LinkedHashMap<>();
    /** Accounts whose unify key moved, with their last key: their contacts move along. */
    private final Map<String, String> movedAccounts = new LinkedHashMap<>();

    /** The owned values each of the page's records holds, as storing the page so far left them. */
    private final Map<RowId, Map<String, String>> held = new HashMap<>();
    private final Set<RowId> heldInDb = new HashSet<>();
    private final Set<RowId> heldWritten = new LinkedHashSet<>();

    private final Set<String> pending = new LinkedHashSet<>();

    SnapshotPageWriter(Connection c, String system, int inListMax) {
        this.c = c;
        this.system = system;
        this.inListMax = inListMax;
    }

    /** @return how many records changed (a repeated record counts each time it changes) */
    int store(List<SnapshotWrite> page) throws SQLException {
        readSnapshots(page);
        readHeld(page);
        int changed = 0;
        for (SnapshotWrite w : page) {
            if (decide(w)) {
                changed++;
            }
        }
        writeSnapshots();
        writeHeld();
        writePending();
        return changed;
    }

    // ---- read -----------------------------------------------------------------------------------------------

    private void readSnapshots(List<SnapshotWrite> page) throws SQLException {
        Set<RowId> needed = new LinkedHashSet<>();
        for (SnapshotWrite w : page) {
            needed.add(new RowId(system, w.kind(), w.id()));
            if (w.kind() == RecordKind.CONTACT && w.accountRef() != null) {
                needed.add(new RowId(system, RecordKind.ACCOUNT, w.accountRef()));
            }
            RowId link = linkTarget(w);
            if (link != null) {
                needed.add(link);
            }
        }
        for (Map.Entry<Table, List<String>> group : byTable(needed).entrySet()) {
            String sys = group.getKey().system();
            RecordKind kind = group.getKey().kind();
            for (List<String> ids : chunks(group.getValue())) {
                Jdbc.query(c, "SELECT v.id, s.unify_key, s.account_ref, s.body_hash FROM " + Jdbc.idTable(ids.size())
                        + " JOIN abm_snapshot s ON s.system_name = ? AND s.record_kind = ? AND s.record_id = v.id",
                        rs -> {
                            RowId id = new RowId(sys, kind, rs.getString(1));
                            rows.put(id, new Stored(rs.getString(2), rs.getString(3), rs.getString(4)));
                            rowsInDb.add(id);
                            return null;
                        }, args(ids, sys, kind));
            }
        }
    }

    /**
     * Only of records the store has a snapshot of: owned values are held only for those (the pull stores them with
     * the snapshot; confirmed writes and recovery concern records planned from snapshots). On a first sync that
     * skips a look-up per record; {@link #writeHeld()} still deletes before inserting for the others.
     */
    private void readHeld(List<SnapshotWrite> page) throws SQLException {
        Set<RowId> ids = new LinkedHashSet<>();
        for (SnapshotWrite w : page) {
            RowId id = new RowId(system, w.kind(), w.id());
            if (rowsInDb.contains(id)) {
                ids.add(id);
            }
        }
        for (Map.Entry<Table, List<String>> group : byTable(ids).entrySet()) {
            RecordKind kind = group.getKey().kind();
            for (List<String> part : chunks(group.getValue())) {
                Jdbc.query(c, "SELECT v.id, o.field_name, o.field_value FROM " + Jdbc.idTable(part.size())
                        + " JOIN abm_owned_value o ON o.system_name = ? AND o.record_kind = ? AND o.record_id = v.id",
                        rs -> {
                            RowId id = new RowId(system, kind, rs.getString(1));
                            heldInDb.add(id);
                            String value = rs.getString(3);
                            if (value != null) {
                                held.computeIfAbsent(id, x -> new HashMap<>()).put(rs.getString(2), value);
                            }
                            return null;
                        }, args(part, system, kind));
            }
        }
    }

    // ---- decide, record by record ---------------------------------------------------------------------------

    /** @return whether the record changed (content, unify key or held values) */
    private boolean decide(SnapshotWrite w) {
        RowId id = new RowId(system, w.kind(), w.id());
        String key = resolveKey(w);
        Stored before = rows.get(id);
        Map<String, String> heldNow = StateStore.nonNull(w.held());
        boolean heldChanged = !held.getOrDefault(id, Map.of()).equals(heldNow);
        if (before != null && before.unifyKey().equals(key) && before.hash().equals(w.hash()) && !heldChanged) {
            return false;
        }
        rows.put(id, new Stored(key, w.accountRef(), w.hash()));
        written.put(id, w);
        if (before != null && !before.unifyKey().equals(key)) {
            pending.add(before.unifyKey());
            if (w.kind() == RecordKind.ACCOUNT) {
                moveContacts(w.id(), key);
            }
        }
        if (heldChanged) {
            held.put(id, heldNow);
            heldWritten.add(id);
        }
        pending.add(key);
        return true;
    }

    /** A contact joins its account's unified account; a linked record joins the record it links to. */
    private String resolveKey(SnapshotWrite w) {
        if (w.kind() == RecordKind.CONTACT && w.accountRef() != null) {
            Stored account = rows.get(new RowId(system, RecordKind.ACCOUNT, w.accountRef()));
            if (account != null) {
                return account.unifyKey();
            }
        }
        RowId link = linkTarget(w);
        if (link != null) {
            Stored linked = rows.get(link);
            if (linked != null) {
                return linked.unifyKey();
            }
        }
        return w.ownKey();
    }

    private static RowId linkTarget(SnapshotWrite w) {
        if (w.linkedTo() == null) {
            return null;
        }
        int colon = w.linkedTo().indexOf(':');
        return colon > 0 ? new RowId(w.linkedTo().substring(0, colon), w.kind(), w.linkedTo().substring(colon + 1))
                : null;
    }

    /** The contacts of a moved account move with it: those the page knows now, all of them when written. */
    private void moveContacts(String accountId, String key) {
        rows.replaceAll((id, s) -> id.system().equals(system) && id.kind() == RecordKind.CONTACT
                && accountId.equals(s.accountRef()) ? new Stored(key, s.accountRef(), s.hash()) : s);
        movedAccounts.put(accountId, key);
    }

    // ---- write ----------------------------------------------------------------------------------------------

    private void writeSnapshots() throws SQLException {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<RowId, SnapshotWrite> e : written.entrySet()) {
            SnapshotWrite w = e.getValue();
            String key = rows.get(e.getKey()).unifyKey();
            if (rowsInDb.contains(e.getKey())) {
                updates.add(new Object[] {key, w.accountRef(), w.linkedTo(), w.modifiedAt(), w.hash(), w.body(),
                        system, w.kind(), w.id()});
            } else {
                inserts.add(new Object[] {system, w.kind(), w.id(), key, w.accountRef(), w.linkedTo(), w.modifiedAt(),
                        w.hash(), w.body()});
            }
        }
        Jdbc.batch(c, "INSERT INTO abm_snapshot (system_name, record_kind, record_id, unify_key, account_ref, linked_to,"
                + " modified_at, body_hash, body) VALUES (?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(c, "UPDATE abm_snapshot SET unify_key=?, account_ref=?, linked_to=?, modified_at=?, body_hash=?,"
                + " body=? WHERE system_name=? AND record_kind=? AND record_id=?", updates);
        // After the page's own rows, so the page's contacts of a moved account end under its last key as well.
        List<Object[]> moves = new ArrayList<>();
        movedAccounts.forEach((account, key) -> moves.add(new Object[] {key, system, RecordKind.CONTACT, account}));
        Jdbc.batch(c, "UPDATE abm_snapshot SET unify_key=? WHERE system_name=? AND record_kind=? AND account_ref=?",
                moves);
    }

    private void writeHeld() throws SQLException {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (RowId id : heldWritten) {
            if (heldInDb.contains(id) || !rowsInDb.contains(id)) {
                deletes.add(new Object[] {system, id.kind(), id.id()});
            }
            held.get(id).forEach((field, value) -> inserts.add(new Object[] {system, id.kind(), id.id(), field, value}));
        }
        Jdbc.batch(c, "DELETE FROM abm_owned_value WHERE system_name=? AND record_kind=? AND record_id=?", deletes);
        Jdbc.batch(c, "INSERT INTO abm_owned_value (system_name, record_kind, record_id, field_name, field_value)"
                + " VALUES (?,?,?,?,?)", inserts);
    }

    private void writePending() throws SQLException {
        Set<String> missing = new LinkedHashSet<>(pending);
        for (List<String> part : chunks(new ArrayList<>(pending))) {
            Jdbc.query(c, "SELECT unify_key FROM abm_pending WHERE unify_key IN (" + Jdbc.placeholders(part.size()) + ")",
                    rs -> missing.remove(rs.getString(1)), part.toArray());
        }
        List<Object[]> inserts = new ArrayList<>();
        missing.forEach(k -> inserts.add(new Object[] {k}));
        Jdbc.batch(c, "INSERT INTO abm_pending (unify_key) VALUES (?)", inserts);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Map<Table, List<String>> byTable(Set<RowId> ids) {
        Map<Table, List<String>> out = new LinkedHashMap<>();
        for (RowId id : ids) {
            out.computeIfAbsent(new Table(id.system(), id.kind()), k -> new ArrayList<>()).add(id.id());
        }
        return out;
    }

    private List<List<String>> chunks(List<String> all) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += inListMax) {
            out.add(all.subList(i, Math.min(all.size(), i + inListMax)));
        }
        return out;
    }

    /** The ids of a derived id table, then the system and kind it is joined on. */
    private static Object[] args(List<String> ids, String system, RecordKind kind) {
        Object[] args = new Object[ids.size() + 2];
        for (int i = 0; i < ids.size(); i++) {
            args[i] = ids.get(i);
        }
        args[ids.size()] = system;
        args[ids.size() + 1] = Objects.requireNonNull(kind);
        return args;
    }
}
