package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.RecordKind;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's durable state on JDBC (H2 or PostgreSQL, the same Flyway migrations): snapshots, cursors, owned
 * values held, pending evaluations, audience members pushed, batch journal, dead letters, audit log and runs.
 * Every method is one transaction. Holds no secret.
 */
public final class StateStore {

    private static final int IN_LIST_MAX = 500;

    private final Jdbc jdbc;

    private StateStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Migrates the schema to the latest version and opens the store. */
    public static StateStore open(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new StateStore(dataSource);
    }

    /** The zero-set-up default: an H2 database file {@code state} in {@code dir} (e.g. {@code ./abm-data}). */
    public static DataSource h2File(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("state"));
        ds.setUser("sa");
        return ds;
    }

    // ---- snapshots and cursors ------------------------------------------------------------------------------

    public Cursor cursor(String system, RecordKind kind) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT modified_at, last_id FROM abm_cursor WHERE system_name=? AND record_kind=?",
                rs -> new Cursor(Instant.parse(rs.getString(1)), rs.getString(2)), system, kind)
                .stream().findFirst().orElse(Cursor.START));
    }

    /**
     * Stores a pulled page and advances the cursor to {@code cursor} in one transaction, so the cursor never
     * passes a record that is not durable. Records whose content, held values and unify key did not change are
     * left alone; the unified accounts of the others become pending.
     *
     * @return how many records changed
     */
    public int storePage(String system, List<SnapshotWrite> page, RecordKind kind, Cursor cursor) {
        return jdbc.tx(c -> {
            int changed = new SnapshotPageWriter(c, system, IN_LIST_MAX).store(page);
            if (Jdbc.update(c, "UPDATE abm_cursor SET modified_at=?, last_id=? WHERE system_name=? AND record_kind=?",
                    cursor.modifiedAt().toString(), cursor.lastId(), system, kind) == 0) {
                Jdbc.update(c, "INSERT INTO abm_cursor (system_name, record_kind, modified_at, last_id) VALUES (?,?,?,?)",
                        system, kind, cursor.modifiedAt().toString(), cursor.lastId());
            }
            return changed;
        });
    }

    // ---- owned values held ----------------------------------------------------------------------------------

    public Map<String, String> held(String system, RecordKind kind, String id) {
        return jdbc.tx(c -> held(c, system, kind, id));
    }

    /** Replaces what the store believes the system holds for a record (after re-reading it). */
    public void replaceHeld(String system, RecordKind kind, String id, Map<String, String> values) {
        jdbc.tx(c -> {
            replaceHeld(c, system, kind, id, values);
            return null;
        });
    }

    private static Map<String, String> held(Connection c, String system, RecordKind kind, String id) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (String[] row : Jdbc.query(c, "SELECT field_name, field_value FROM abm_owned_value WHERE system_name=?"
                + " AND record_kind=? AND record_id=?", rs -> new String[] {rs.getString(1), rs.getString(2)},
                system, kind, id)) {
            if (row[1] != null) {
                out.put(row[0], row[1]);
            }
        }
        return out;
    }

    private static void replaceHeld(Connection c, String system, RecordKind kind, String id, Map<String, String> values)
            throws SQLException {
        Jdbc.update(c, "DELETE FROM abm_owned_value WHERE system_name=? AND record_kind=? AND record_id=?", system, kind, id);
        for (Map.Entry<String, String> e : nonNull(values).entrySet()) {
            Jdbc.update(c, "INSERT INTO abm_owned_value (system_name, record_kind, record_id, field_name, field_value)"
                    + " VALUES (?,?,?,?,?)", system, kind, id, e.getKey(), e.getValue());
        }
    }

    static Map<String, String> nonNull(Map<String, String> values) {
        Map<String, String> out = new HashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    // ---- pending evaluations --------------------------------------------------------------------------------

    public void addPending(Collection<String> keys) {
        jdbc.tx(c -> {
            for (String k : keys) {
                addPending(c, k);
            }
            return null;
        });
    }

    /** Every unified account becomes pending (a changed playbook). */
    public void markAllPending() {
        jdbc.tx(c -> Jdbc.update(c, "INSERT INTO abm_pending (unify_key) SELECT DISTINCT s.unify_key FROM abm_snapshot s"
                + " WHERE NOT EXISTS (SELECT 1 FROM abm_pending p WHERE p.unify_key = s.unify_key)"));
    }

    /** The next pending keys after {@code after} (exclusive; null for the first), in key order. */
    public List<String> pendingKeys(String after, int limit) {
        return jdbc.tx(c -> after == null
                ? Jdbc.query(c, "SELECT unify_key FROM abm_pending ORDER BY unify_key LIMIT " + limit, rs -> rs.getString(1))
                : Jdbc.query(c, "SELECT unify_key FROM abm_pending WHERE unify_key > ? ORDER BY unify_key LIMIT " + limit,
                        rs -> rs.getString(1), after));
    }

    /** The next unify keys of all stored snapshots after {@code after} (exclusive; null for the first), in key order. */
    public List<String> unifyKeys(String after, int limit) {
        return jdbc.tx(c -> after == null
                ? Jdbc.query(c, "SELECT DISTINCT unify_key FROM abm_snapshot ORDER BY unify_key LIMIT " + limit,
                        rs -> rs.getString(1))
                : Jdbc.query(c, "SELECT DISTINCT unify_key FROM abm_snapshot WHERE unify_key > ? ORDER BY unify_key LIMIT "
                        + limit, rs -> rs.getString(1), after));
    }

    /** Done with every pending key up to and including {@code last}. */
    public void clearPendingThrough(String last) {
        jdbc.tx(c -> Jdbc.update(c, "DELETE FROM abm_pending WHERE unify_key <= ?", last));
    }

    public int pendingCount() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT COUNT(*) FROM abm_pending", rs -> rs.getInt(1)).get(0));
    }

    private static void addPending(Connection c, String key) throws SQLException {
        if (Jdbc.query(c, "SELECT 1 FROM abm_pending WHERE unify_key=?", rs -> 1, key).isEmpty()) {
            Jdbc.update(c, "INSERT INTO abm_pending (unify_key) VALUES (?)", key);
        }
    }

    /** The snapshots of these unified accounts, with the owned values their systems hold. */
    public List<StoredRecord> loadGroups(Collection<String> keys) {
        return jdbc.tx(c -> {
            Map<String, StoredRecord> out = new LinkedHashMap<>();
            Map<String, Map<String, String>> held = new HashMap<>();
            for (List<String> part : partition(new LinkedHashSet<>(keys))) {
                Object[] args = part.toArray();
                // A join on the keys rather than "unify_key IN (...)": H2 would test each joined row against the
                // whole list again.
                Jdbc.query(c, "SELECT s.system_name, s.record_kind, s.record_id, s.unify_key, s.account_ref, s.body,"
                        + " o.field_name, o.field_value FROM " + Jdbc.idTable(part.size())
                        + " JOIN abm_snapshot s ON s.unify_key = v.id LEFT JOIN abm_owned_value o"
                        + " ON o.system_name = s.system_name AND o.record_kind = s.record_kind AND o.record_id = s.record_id"
                        + " ORDER BY s.unify_key, s.system_name, s.record_kind, s.record_id",
                        rs -> {
                            String id = rs.getString(1) + '\u0000' + rs.getString(2) + '\u0000' + rs.getString(3);
                            Map<String, String> h = held.computeIfAbsent(id, x -> new HashMap<>());
                            if (rs.getString(7) != null && rs.getString(8) != null) {
                                h.put(rs.getString(7), rs.getString(8));
                            }
                            out.computeIfAbsent(id, x -> {
                                try {
                                    return new StoredRecord(rs.getString(1), RecordKind.valueOf(rs.getString(2)),
                                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), h);
                                } catch (SQLException e) {
                                    throw new StateStoreException("state store: " + e.getMessage(), e);
                                }
                            });
                            return null;
                        }, args);
            }
            return List.copyOf(out.values());
        });
    }

    // ---- engagement -----------------------------------------------------------------------------------------

    /**
     * Replaces the engagement scores of one source with a new fetch, in one transaction with the setting that
     * records the fetch: every domain whose score is new, changed or gone makes its unified account
     * ({@code d:<domain>}) pending, when the store has records of it. Returns the number of such domains.
     */
    public int replaceEngagement(String system, Map<String, Integer> scores, String settingName, String settingValue) {
        return jdbc.tx(c -> {
            Map<String, Integer> old = new HashMap<>();
            Jdbc.query(c, "SELECT domain_name, score FROM abm_engagement WHERE system_name=?",
                    rs -> old.put(rs.getString(1), rs.getInt(2)), system);
            Set<String> changed = new LinkedHashSet<>();
            for (Map.Entry<String, Integer> e : scores.entrySet()) {
                Integer before = old.get(e.getKey());
                if (before == null) {
                    Jdbc.update(c, "INSERT INTO abm_engagement (system_name, domain_name, score) VALUES (?,?,?)",
                            system, e.getKey(), e.getValue());
                    changed.add(e.getKey());
                } else if (!before.equals(e.getValue())) {
                    Jdbc.update(c, "UPDATE abm_engagement SET score=? WHERE system_name=? AND domain_name=?",
                            e.getValue(), system, e.getKey());
                    changed.add(e.getKey());
                }
            }
            for (String domain : old.keySet()) {
                if (!scores.containsKey(domain)) {
                    Jdbc.update(c, "DELETE FROM abm_engagement WHERE system_name=? AND domain_name=?", system, domain);
                    changed.add(domain);
                }
            }
            for (List<String> part : partition(changed)) {
                List<String> keys = part.stream().map(d -> "d:" + d).toList();
                List<String> known = Jdbc.query(c, "SELECT DISTINCT unify_key FROM abm_snapshot WHERE unify_key IN ("
                        + Jdbc.placeholders(keys.size()) + ")", rs -> rs.getString(1), keys.toArray());
                for (String k : known) {
                    addPending(c, k);
                }
            }
            if (Jdbc.update(c, "UPDATE abm_setting SET setting_value=? WHERE setting_name=?", settingValue, settingName) == 0) {
                Jdbc.update(c, "INSERT INTO abm_setting (setting_name, setting_value) VALUES (?,?)", settingName, settingValue);
            }
            return changed.size();
        });
    }

    /**
     * The stored engagement of these domains from these sources (systems): per domain, the highest score any of
     * them gave. Scores of a source no longer configured are ignored.
     */
    public Map<String, Integer> engagement(Collection<String> domains, Collection<String> systems) {
        if (systems.isEmpty()) {
            return Map.of();
        }
        List<String> sys = List.copyOf(systems);
        return jdbc.tx(c -> {
            Map<String, Integer> out = new HashMap<>();
            for (List<String> part : partition(domains)) {
                Object[] args = new Object[part.size() + sys.size()];
                for (int i = 0; i < part.size(); i++) {
                    args[i] = part.get(i);
                }
                for (int i = 0; i < sys.size(); i++) {
                    args[part.size() + i] = sys.get(i);
                }
                Jdbc.query(c, "SELECT domain_name, MAX(score) FROM abm_engagement WHERE domain_name IN ("
                        + Jdbc.placeholders(part.size()) + ") AND system_name IN (" + Jdbc.placeholders(sys.size())
                        + ") GROUP BY domain_name", rs -> out.put(rs.getString(1), rs.getInt(2)), args);
            }
            return out;
        });
    }

    // ---- audiences ------------------------------------------------------------------------------------------

    public List<PushedMember> pushedMembers(Collection<String> keys) {
        return jdbc.tx(c -> {
            List<PushedMember> out = new ArrayList<>();
            for (List<String> part : partition(keys)) {
                out.addAll(Jdbc.query(c, "SELECT system_name, audience_id, member_key, member_kind, unify_key"
                        + " FROM abm_audience_member WHERE unify_key IN (" + Jdbc.placeholders(part.size()) + ")",
                        rs -> new PushedMember(rs.getString(1), rs.getString(2), rs.getString(3),
                                MemberKind.valueOf(rs.getString(4)), rs.getString(5)), part.toArray()));
            }
            return out;
        });
    }

    public List<PushedMember> pushedMembers(String system, String audienceId) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT system_name, audience_id, member_key, member_kind, unify_key"
                + " FROM abm_audience_member WHERE system_name=? AND audience_id=? ORDER BY member_key",
                rs -> new PushedMember(rs.getString(1), rs.getString(2), rs.getString(3),
                        MemberKind.valueOf(rs.getString(4)), rs.getString(5)), system, audienceId));
    }

    /** Records members a destination now holds (or no longer holds), e.g. after re-reading it post-crash. */
    public void setPushed(PushedMember member, boolean present) {
        jdbc.tx(c -> {
            setPushed(c, member, present);
            return null;
        });
    }

    private static void setPushed(Connection c, PushedMember m, boolean present) throws SQLException {
        Jdbc.update(c, "DELETE FROM abm_audience_member WHERE system_name=? AND audience_id=? AND member_key=?",
                m.system(), m.audienceId(), m.memberKey());
        if (present) {
            Jdbc.update(c, "INSERT INTO abm_audience_member (system_name, audience_id, member_key, member_kind, unify_key)"
                    + " VALUES (?,?,?,?,?)", m.system(), m.audienceId(), m.memberKey(), m.kind(), m.unifyKey());
        }
    }

    // ---- batch journal, outcomes, dead letters, audit -------------------------------------------------------

    /** Journals a batch before it is sent; returns its id. */
    public long journal(String runId, String system, String type, String audienceId, String payload, long now) {
        return jdbc.tx(c -> {
            Jdbc.update(c, "INSERT INTO abm_batch (run_id, system_name, batch_type, audience_id, batch_state, payload,"
                    + " created_at) VALUES (?,?,?,?,?,?,?)", runId, system, type, audienceId, "SENDING", payload, now);
            return Jdbc.query(c, "SELECT MAX(id) FROM abm_batch WHERE run_id=? AND system_name=?", rs -> rs.getLong(1),
                    runId, system).get(0);
        });
    }

    /** Batches journaled but never marked: a crash came between journal and mark. */
    public List<JournaledBatch> incompleteBatches() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT id, run_id, system_name, batch_type, audience_id, batch_state, payload"
                + " FROM abm_batch WHERE batch_state='SENDING' ORDER BY id", rs -> new JournaledBatch(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
    }

    public List<JournaledBatch> batches() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT id, run_id, system_name, batch_type, audience_id, batch_state, payload"
                + " FROM abm_batch ORDER BY id", rs -> new JournaledBatch(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
    }

    public void markBatch(long batchId, String state, long now) {
        jdbc.tx(c -> Jdbc.update(c, "UPDATE abm_batch SET batch_state=?, completed_at=? WHERE id=?", state, now, batchId));
    }

    /**
     * Stores a field batch's outcomes and marks it DONE, in one transaction: confirmed values become held and go to
     * the audit log (and clear the record's dead letter), failures become dead letters.
     *
     * @param succeeded records the system accepted (their dead letters, if any, are cleared)
     */
    public void fieldOutcomes(long batchId, String runId, String system, List<FieldWrite> written,
                              List<DeadLetterWrite> failed, List<RecordRef> succeeded, String playbookHash,
                              long now) {
        try {
            jdbc.tx(c -> {
                fieldOutcomes(c, batchId, runId, system, written, failed, succeeded, playbookHash, now, true);
                return null;
            });
        } catch (StateStoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // A value was held where the writes said none was: the transaction was rolled back whole; again,
            // deleting every field's held row first.
            jdbc.tx(c -> {
                fieldOutcomes(c, batchId, runId, system, written, failed, succeeded, playbookHash, now, false);
                return null;
            });
        }
    }

    /**
     * @param trustOldValues delete the held row of a field only when its first write in the batch has an old value
     *                       (the value the engine read as held; none means no row): on a first sync no field has
     *                       one, and looking up rows that are not there is most of the cost. Held rows never hold
     *                       null, so a row the writes did not expect makes the insert fail, and the caller retries
     *                       with {@code false}.
     */
    private static void fieldOutcomes(Connection c, long batchId, String runId, String system, List<FieldWrite> written,
                                      List<DeadLetterWrite> failed, List<RecordRef> succeeded, String playbookHash,
                                      long now, boolean trustOldValues) throws SQLException {
        // A batch confirms thousands of field values: one prepared statement per kind of row, sent in JDBC
        // batches, instead of three statements prepared and executed per value.
        Map<List<String>, FieldWrite> lastPerField = new LinkedHashMap<>();
        Set<List<String>> heldBefore = new HashSet<>();
        List<Object[]> audit = new ArrayList<>(written.size());
        for (FieldWrite w : written) {
            List<String> field = List.of(w.kind().name(), w.id(), w.field());
            if (!lastPerField.containsKey(field) && (w.oldValue() != null || !trustOldValues)) {
                heldBefore.add(field);
            }
            lastPerField.put(field, w);
            audit.add(new Object[] {runId, system, w.kind(), w.id(), w.field(), w.oldValue(), w.newValue(), playbookHash, now});
        }
        List<Object[]> cleared = new ArrayList<>(heldBefore.size());
        List<Object[]> held = new ArrayList<>(lastPerField.size());
        lastPerField.forEach((field, w) -> {
            if (heldBefore.contains(field)) {
                cleared.add(new Object[] {system, w.kind(), w.id(), w.field()});
            }
            if (w.newValue() != null) {
                held.add(new Object[] {system, w.kind(), w.id(), w.field(), w.newValue()});
            }
        });
        Jdbc.batch(c, "DELETE FROM abm_owned_value WHERE system_name=? AND record_kind=? AND record_id=? AND field_name=?",
                cleared);
        Jdbc.batch(c, "INSERT INTO abm_owned_value (system_name, record_kind, record_id, field_name, field_value)"
                + " VALUES (?,?,?,?,?)", held);
        Jdbc.batch(c, "INSERT INTO abm_audit (run_id, system_name, record_kind, record_id, field_name, old_value,"
                + " new_value, playbook_hash, written_at) VALUES (?,?,?,?,?,?,?,?,?)", audit);
        List<Object[]> noLongerDead = new ArrayList<>(succeeded.size());
        for (RecordRef r : succeeded) {
            noLongerDead.add(new Object[] {system, r.kind().name(), r.id()});
        }
        Jdbc.batch(c, "DELETE FROM abm_dead_letter WHERE system_name=? AND record_kind=? AND record_id=?", noLongerDead);
        deadLetters(c, system, failed, now);
        Jdbc.update(c, "UPDATE abm_batch SET batch_state='DONE', completed_at=? WHERE id=?", now, batchId);
    }

    /** Stores an audience batch's outcomes and marks it DONE, in one transaction. */
    public void memberOutcomes(long batchId, List<PushedMember> added, List<PushedMember> removed,
                               List<DeadLetterWrite> failed, long now) {
        jdbc.tx(c -> {
            for (PushedMember m : added) {
                setPushed(c, m, true);
                clearMemberDeadLetter(c, m);
            }
            for (PushedMember m : removed) {
                setPushed(c, m, false);
                clearMemberDeadLetter(c, m);
            }
            deadLetters(c, failed.isEmpty() ? null : failed.get(0).system(), failed, now);
            Jdbc.update(c, "UPDATE abm_batch SET batch_state='DONE', completed_at=? WHERE id=?", now, batchId);
            return null;
        });
    }

    private static void clearMemberDeadLetter(Connection c, PushedMember m) throws SQLException {
        Jdbc.update(c, "DELETE FROM abm_dead_letter WHERE system_name=? AND record_kind='MEMBER' AND record_id=?",
                m.system(), m.audienceId() + "/" + m.memberKey());
    }

    /** A failure to keep as a dead letter. */
    public record DeadLetterWrite(String system, String kind, String id, String unifyKey, String reason) {
    }

    private static void deadLetters(Connection c, String system, List<DeadLetterWrite> failed, long now)
            throws SQLException {
        for (DeadLetterWrite d : failed) {
            int n = Jdbc.update(c, "UPDATE abm_dead_letter SET reason=?, attempts=attempts+1, last_seen=?, unify_key=?"
                    + " WHERE system_name=? AND record_kind=? AND record_id=?", d.reason(), now, d.unifyKey(), d.system(),
                    d.kind(), d.id());
            if (n == 0) {
                Jdbc.update(c, "INSERT INTO abm_dead_letter (system_name, record_kind, record_id, unify_key, reason,"
                        + " attempts, first_seen, last_seen, discarded) VALUES (?,?,?,?,?,?,?,?,?)", d.system(), d.kind(),
                        d.id(), d.unifyKey(), d.reason(), 1, now, now, false);
            }
        }
    }

    public List<DeadLetter> deadLetters() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT system_name, record_kind, record_id, unify_key, reason, attempts,"
                + " first_seen, last_seen, discarded FROM abm_dead_letter ORDER BY system_name, record_kind, record_id",
                rs -> new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9))));
    }

    /** An admin gives up on a dead letter: it is kept for the record but no longer retried. */
    public boolean discardDeadLetter(String system, String kind, String id) {
        return jdbc.tx(c -> Jdbc.update(c, "UPDATE abm_dead_letter SET discarded=TRUE WHERE system_name=?"
                + " AND record_kind=? AND record_id=?", system, kind, id)) > 0;
    }

    /** The unified accounts of dead letters still to retry. */
    public Set<String> deadLetterKeys() {
        return new LinkedHashSet<>(jdbc.tx(c -> Jdbc.query(c, "SELECT DISTINCT unify_key FROM abm_dead_letter"
                + " WHERE discarded = FALSE", rs -> rs.getString(1))));
    }

    public List<AuditEntry> audit() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT run_id, system_name, record_kind, record_id, field_name, old_value,"
                + " new_value, playbook_hash, written_at FROM abm_audit ORDER BY id", rs -> new AuditEntry(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getLong(9))));
    }

    // ---- runs and settings ----------------------------------------------------------------------------------

    public void startRun(String runId, long startedAt, boolean dryRun, String playbookHash) {
        jdbc.tx(c -> Jdbc.update(c, "INSERT INTO abm_run (id, started_at, run_status, dry_run, playbook_hash)"
                + " VALUES (?,?,?,?,?)", runId, startedAt, "RUNNING", dryRun, playbookHash));
    }

    public void finishRun(String runId, long finishedAt, String status, String summaryJson) {
        jdbc.tx(c -> Jdbc.update(c, "UPDATE abm_run SET finished_at=?, run_status=?, summary=? WHERE id=?", finishedAt,
                status, summaryJson, runId));
    }

    public Optional<RunRecord> run(String runId) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT id, started_at, finished_at, run_status, dry_run, playbook_hash, summary"
                + " FROM abm_run WHERE id=?", rs -> new RunRecord(rs.getString(1), rs.getLong(2),
                (Long) rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7)), runId).stream().findFirst());
    }

    /** The latest runs, newest first (the status page). */
    public List<RunRecord> recentRuns(int limit) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT id, started_at, finished_at, run_status, dry_run, playbook_hash, summary"
                + " FROM abm_run ORDER BY started_at DESC, id LIMIT ?", rs -> new RunRecord(rs.getString(1),
                rs.getLong(2), (Long) rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4),
                rs.getBoolean(5), rs.getString(6), rs.getString(7)), limit));
    }

    // ---- read views for the status page ---------------------------------------------------------------------

    /**
     * Unified accounts by the value one owned account field holds in the destinations (e.g. {@code tier}): what
     * the CRMs show now. An account whose systems hold different values (a write still to retry) counts once, with
     * the greatest value.
     */
    public Map<String, Integer> accountsByHeldValue(String field) {
        return jdbc.tx(c -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            Jdbc.query(c, "SELECT t.v, COUNT(*) FROM (SELECT s.unify_key, MAX(o.field_value) v FROM abm_owned_value o"
                    + " JOIN abm_snapshot s ON s.system_name = o.system_name AND s.record_kind = o.record_kind"
                    + " AND s.record_id = o.record_id WHERE o.record_kind=? AND o.field_name=?"
                    + " AND o.field_value IS NOT NULL GROUP BY s.unify_key) t GROUP BY t.v ORDER BY t.v",
                    rs -> out.put(rs.getString(1), rs.getInt(2)), RecordKind.ACCOUNT, field);
            return out;
        });
    }

    /** Every audience's members by kind, as last pushed, in system and audience order. */
    public List<AudienceSize> audienceSizes() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT system_name, audience_id, member_kind, COUNT(*) FROM abm_audience_member"
                + " GROUP BY system_name, audience_id, member_kind ORDER BY system_name, audience_id, member_kind",
                rs -> new AudienceSize(rs.getString(1), rs.getString(2), MemberKind.valueOf(rs.getString(3)),
                        rs.getInt(4))));
    }

    /** The unified accounts of account records with this id, in any system. */
    public List<String> accountKeysOf(String recordId) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT DISTINCT unify_key FROM abm_snapshot WHERE record_kind=?"
                + " AND record_id=? ORDER BY unify_key", rs -> rs.getString(1), RecordKind.ACCOUNT, recordId));
    }

    public Optional<String> setting(String name) {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT setting_value FROM abm_setting WHERE setting_name=?",
                rs -> rs.getString(1), name).stream().findFirst());
    }

    public void setSetting(String name, String value) {
        Objects.requireNonNull(value, "value");
        jdbc.tx(c -> {
            if (Jdbc.update(c, "UPDATE abm_setting SET setting_value=? WHERE setting_name=?", value, name) == 0) {
                Jdbc.update(c, "INSERT INTO abm_setting (setting_name, setting_value) VALUES (?,?)", name, value);
            }
            return null;
        });
    }

    public int snapshotCount() {
        return jdbc.tx(c -> Jdbc.query(c, "SELECT COUNT(*) FROM abm_snapshot", rs -> rs.getInt(1)).get(0));
    }

    private static List<List<String>> partition(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST_MAX) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_LIST_MAX)));
        }
        return out;
    }
}
