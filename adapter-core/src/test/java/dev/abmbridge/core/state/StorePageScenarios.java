package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StateStore#storePage} stores a page with a few statements per page; these scenarios check that it
 * decides as storing the page's records one by one would: new, changed and unchanged records in one page, a
 * record twice in a page, contacts of an account stored or moved earlier in the page, and pages longer than the
 * store's lists of ids; and {@link StateStore#loadGroups} reads many unified accounts back the same way. Each runs
 * on H2 and on PostgreSQL.
 */
abstract class StorePageScenarios {

    private static final String CRM = "crm";
    private static final Map<String, String> TIER_1 = Map.of("abm_tier", "Tier 1", "abm_fit", "90");

    abstract DataSource newDatabase();

    @Test
    void aPageOfNewChangedAndUnchangedRecordsStoresOnlyTheChangesAndMakesTheirAccountsPending() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);
        store.storePage(CRM, List.of(account("A1", "a.com", "h1", TIER_1), account("A2", "b.com", "h1", TIER_1),
                account("A3", "c.com", "h1", TIER_1), account("A4", "e.com", "h1", TIER_1)), RecordKind.ACCOUNT, at(1, "A4"));
        store.clearPendingThrough("\uffff");

        int changed = store.storePage(CRM, List.of(
                account("A1", "a.com", "h1", TIER_1),                       // unchanged
                account("A2", "b.com", "h2", TIER_1),                       // content changed
                account("A3", "c.com", "h1", Map.of("abm_tier", "Tier 2")), // held values changed
                account("A4", "f.com", "h1", TIER_1),                       // moved to another domain
                account("A5", "g.com", "h1", Map.of())),                    // new
                RecordKind.ACCOUNT, at(2, "A5"));

        assertThat(changed).isEqualTo(4);
        assertThat(pending(store)).containsExactly("d:b.com", "d:c.com", "d:e.com", "d:f.com", "d:g.com");
        assertThat(snapshots(db)).containsEntry("crm/ACCOUNT/A1", "d:a.com h1 -")
                .containsEntry("crm/ACCOUNT/A2", "d:b.com h2 -").containsEntry("crm/ACCOUNT/A4", "d:f.com h1 -")
                .containsEntry("crm/ACCOUNT/A5", "d:g.com h1 -").hasSize(5);
        assertThat(store.held(CRM, RecordKind.ACCOUNT, "A1")).isEqualTo(TIER_1);
        assertThat(store.held(CRM, RecordKind.ACCOUNT, "A3")).isEqualTo(Map.of("abm_tier", "Tier 2"));
        assertThat(store.held(CRM, RecordKind.ACCOUNT, "A5")).isEmpty();
        assertThat(store.cursor(CRM, RecordKind.ACCOUNT)).isEqualTo(at(2, "A5"));
    }

    @Test
    void aRecordTwiceInAPageCountsEachChangeAndKeepsItsLastCopy() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);

        int changed = store.storePage(CRM, List.of(account("A1", "a.com", "h1", TIER_1),
                account("A1", "a.com", "h1", TIER_1), // the same again: no change
                account("A1", "b.com", "h2", Map.of("abm_tier", "Tier 3"))), RecordKind.ACCOUNT, at(1, "A1"));

        assertThat(changed).isEqualTo(2);
        assertThat(snapshots(db)).containsExactly(Map.entry("crm/ACCOUNT/A1", "d:b.com h2 -"));
        assertThat(store.held(CRM, RecordKind.ACCOUNT, "A1")).isEqualTo(Map.of("abm_tier", "Tier 3"));
        assertThat(pending(store)).containsExactly("d:a.com", "d:b.com");
    }

    @Test
    void contactsJoinAnAccountStoredEarlierInThePageAndMoveWithIt() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);
        store.storePage(CRM, List.of(account("A1", "a.com", "h1", Map.of())), RecordKind.ACCOUNT, at(1, "A1"));
        store.storePage(CRM, List.of(contact("C1", "A1", "h1"), contact("C9", "A9", "h1")), RecordKind.CONTACT,
                at(1, "C9"));

        // One mixed page: a new account, its contact, the known account moving domain, then a new contact of it.
        store.storePage(CRM, List.of(account("A2", "b.com", "h1", Map.of()), contact("C2", "A2", "h1"),
                account("A1", "z.com", "h2", Map.of()), contact("C3", "A1", "h1")), RecordKind.ACCOUNT, at(2, "C3"));

        assertThat(snapshots(db)).containsEntry("crm/CONTACT/C1", "d:z.com h1 A1")
                .containsEntry("crm/CONTACT/C2", "d:b.com h1 A2").containsEntry("crm/CONTACT/C3", "d:z.com h1 A1")
                .containsEntry("crm/CONTACT/C9", "crm:CONTACT:C9 h1 A9");
    }

    @Test
    void aLinkedRecordJoinsTheRecordItLinksTo() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);
        store.storePage("erp", List.of(account("E1", "erp.com", "h1", Map.of())), RecordKind.ACCOUNT, at(1, "E1"));

        store.storePage(CRM, List.of(linked("A1", "erp:E1"), linked("A2", "erp:E404")), RecordKind.ACCOUNT,
                at(1, "A2"));

        assertThat(snapshots(db)).containsEntry("crm/ACCOUNT/A1", "d:erp.com h1 -")
                .containsEntry("crm/ACCOUNT/A2", "own:A2 h1 -");
    }

    @Test
    void aPageLongerThanTheIdListsIsStoredWhole() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);
        int n = 1_234; // more than two of the store's lists of 500 ids
        List<SnapshotWrite> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            first.add(account("A" + i, "d" + i + ".com", "h1", TIER_1));
        }
        assertThat(store.storePage(CRM, first, RecordKind.ACCOUNT, at(1, "A" + (n - 1)))).isEqualTo(n);
        store.clearPendingThrough("\uffff");

        List<SnapshotWrite> second = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            second.add(account("A" + i, "d" + i + ".com", i % 3 == 0 ? "h2" : "h1", TIER_1));
        }
        for (int i = 0; i < 600; i++) {
            second.add(contact("C" + i, "A" + (n - 1 - i), "h1"));
        }

        assertThat(store.storePage(CRM, second, RecordKind.ACCOUNT, at(2, "C599"))).isEqualTo((n + 2) / 3 + 600);
        assertThat(store.snapshotCount()).isEqualTo(n + 600);
        assertThat(store.pendingCount()).isEqualTo((n + 2) / 3 + 600 - countMultiplesOfThreeAmongLast(n, 600));
        assertThat(snapshots(db)).containsEntry("crm/CONTACT/C0", "d:d" + (n - 1) + ".com h1 A" + (n - 1))
                .containsEntry("crm/CONTACT/C599", "d:d" + (n - 600) + ".com h1 A" + (n - 600));
    }

    @Test
    void manyUnifiedAccountsLoadWithTheirRecordsAndHeldValuesOnceEach() {
        StateStore store = StateStore.open(newDatabase());
        List<SnapshotWrite> page = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            page.add(account("A" + i, "d" + i + ".com", "h1", i % 2 == 0 ? TIER_1 : Map.of()));
            keys.add("d:d" + i + ".com");
        }
        page.add(contact("C1", "A7", "h1"));
        page.add(contact("C2", "A1099", "h1"));
        store.storePage(CRM, page, RecordKind.ACCOUNT, at(1, "C2"));
        keys.add("d:d7.com");    // asked twice
        keys.add("d:nobody.com"); // no such account

        List<StoredRecord> loaded = store.loadGroups(keys);

        assertThat(loaded).hasSize(1_102);
        assertThat(loaded).filteredOn(r -> r.unifyKey().equals("d:d7.com")).extracting(StoredRecord::id)
                .containsExactly("A7", "C1");
        assertThat(loaded).filteredOn(r -> r.id().equals("A8")).singleElement()
                .satisfies(r -> assertThat(r.held()).isEqualTo(TIER_1));
        assertThat(loaded).filteredOn(r -> r.id().equals("A9")).singleElement()
                .satisfies(r -> assertThat(r.held()).isEmpty());
        assertThat(loaded).filteredOn(r -> r.id().equals("C2")).singleElement()
                .satisfies(r -> assertThat(r.unifyKey()).isEqualTo("d:d1099.com"));
    }

    /**
     * Random pages over a few records (repeats, contacts of accounts in and out of the page, moves, links to
     * another system, held values coming and going): storing each page whole leaves, page after page, exactly
     * the state storing its records one by one leaves.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aWholePageLeavesTheStateOfItsRecordsStoredOneByOne(long seed) {
        DataSource wholeDb = newDatabase();
        DataSource oneByOneDb = newDatabase();
        StateStore whole = StateStore.open(wholeDb);
        StateStore oneByOne = StateStore.open(oneByOneDb);
        Random random = new Random(seed);
        for (StateStore s : List.of(whole, oneByOne)) {
            s.storePage("erp", List.of(account("E1", "erp.com", "h1", Map.of()), account("E2", "x.com", "h1", Map.of())),
                    RecordKind.ACCOUNT, at(1, "E2"));
        }
        for (int p = 0; p < 10; p++) {
            List<SnapshotWrite> page = randomPage(random);
            Cursor cursor = at(p + 2, "X");

            int wholeChanged = whole.storePage(CRM, page, RecordKind.ACCOUNT, cursor);
            int oneByOneChanged = 0;
            for (SnapshotWrite w : page) {
                oneByOneChanged += oneByOne.storePage(CRM, List.of(w), RecordKind.ACCOUNT, cursor);
            }

            assertThat(wholeChanged).as("changed records of page %d", p).isEqualTo(oneByOneChanged);
            assertThat(snapshotRows(wholeDb)).as("snapshots after page %d", p).isEqualTo(snapshotRows(oneByOneDb));
            assertThat(ownedValues(wholeDb)).as("held values after page %d", p).isEqualTo(ownedValues(oneByOneDb));
            assertThat(pending(whole)).as("pending after page %d", p).isEqualTo(pending(oneByOne));
            if (random.nextInt(3) == 0) {
                whole.clearPendingThrough("\uffff");
                oneByOne.clearPendingThrough("\uffff");
            }
        }
    }

    @Test
    void aFailingPageStoresNothingAndLeavesTheCursor() {
        DataSource db = newDatabase();
        StateStore store = StateStore.open(db);
        store.storePage(CRM, List.of(account("A1", "a.com", "h1", TIER_1)), RecordKind.ACCOUNT, at(1, "A1"));
        store.clearPendingThrough("\uffff");
        String tooLong = "x".repeat(300); // longer than a record id may be

        assertThatThrownBy(() -> store.storePage(CRM, List.of(account("A1", "b.com", "h2", TIER_1),
                account(tooLong, "c.com", "h1", TIER_1)), RecordKind.ACCOUNT, at(2, tooLong)))
                .isInstanceOf(StateStoreException.class);

        assertThat(store.cursor(CRM, RecordKind.ACCOUNT)).isEqualTo(at(1, "A1"));
        assertThat(snapshots(db)).containsExactly(Map.entry("crm/ACCOUNT/A1", "d:a.com h1 -"));
        assertThat(store.pendingCount()).isZero();
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    private static List<SnapshotWrite> randomPage(Random random) {
        List<SnapshotWrite> page = new ArrayList<>();
        int size = 1 + random.nextInt(14);
        for (int i = 0; i < size; i++) {
            String domain = "d" + random.nextInt(4) + ".com";
            String hash = "h" + random.nextInt(2);
            Map<String, String> held = switch (random.nextInt(4)) {
                case 0 -> Map.of();
                case 1 -> TIER_1;
                case 2 -> Map.of("abm_tier", "Tier " + random.nextInt(3));
                default -> nullValued();
            };
            String link = switch (random.nextInt(5)) {
                case 0 -> "erp:E1";
                case 1 -> "erp:E2";
                case 2 -> "crm:A" + random.nextInt(3);
                default -> null;
            };
            if (random.nextBoolean()) {
                page.add(new SnapshotWrite(RecordKind.ACCOUNT, "A" + random.nextInt(5), "d:" + domain, null, link,
                        "2025-01-01T00:00:00Z", hash, "{\"domain\":\"" + domain + "\"}", held));
            } else {
                String account = random.nextInt(4) == 0 ? null : "A" + random.nextInt(6);
                page.add(new SnapshotWrite(RecordKind.CONTACT, "C" + random.nextInt(6), "own:" + domain, account,
                        link == null ? null : link.replace(":A", ":C").replace(":E", ":F"), "2025-01-01T00:00:00Z",
                        hash, "{\"email\":\"x@" + domain + "\"}", held));
            }
        }
        return page;
    }

    private static Map<String, String> nullValued() {
        Map<String, String> held = new HashMap<>();
        held.put("abm_tier", null);
        held.put("abm_fit", "10");
        return held;
    }

    private static int countMultiplesOfThreeAmongLast(int n, int last) {
        int count = 0;
        for (int i = n - last; i < n; i++) {
            if (i % 3 == 0) {
                count++;
            }
        }
        return count;
    }

    private static SnapshotWrite account(String id, String domain, String hash, Map<String, String> held) {
        return new SnapshotWrite(RecordKind.ACCOUNT, id, "d:" + domain, null, null, "2025-01-01T00:00:00Z", hash,
                "{\"domain\":\"" + domain + "\"}", held);
    }

    private static SnapshotWrite linked(String id, String linkedTo) {
        return new SnapshotWrite(RecordKind.ACCOUNT, id, "own:" + id, null, linkedTo, "2025-01-01T00:00:00Z", "h1",
                "{}", Map.of());
    }

    private static SnapshotWrite contact(String id, String account, String hash) {
        return new SnapshotWrite(RecordKind.CONTACT, id, "crm:CONTACT:" + id, account, null, "2025-01-01T00:00:00Z",
                hash, "{\"id\":\"" + id + "\"}", Map.of());
    }

    private static Cursor at(int minute, String id) {
        return new Cursor(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(60L * minute), id);
    }

    // ---- what the store holds -------------------------------------------------------------------------------

    private static List<String> pending(StateStore store) {
        return store.pendingKeys(null, 100_000);
    }

    /** system/kind/id to "unify_key body_hash account_ref" ("-" for none). */
    private static Map<String, String> snapshots(DataSource db) {
        Map<String, String> out = new TreeMap<>();
        query(db, "SELECT system_name, record_kind, record_id, unify_key, body_hash, account_ref FROM abm_snapshot",
                rs -> out.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getString(4) + " "
                        + rs.getString(5) + " " + (rs.getString(6) == null ? "-" : rs.getString(6))));
        return out;
    }

    /** system/kind/id to every column of the snapshot. */
    private static Map<String, String> snapshotRows(DataSource db) {
        Map<String, String> out = new TreeMap<>();
        query(db, "SELECT system_name, record_kind, record_id, unify_key, account_ref, linked_to, modified_at, body_hash,"
                + " body FROM abm_snapshot", rs -> {
                    List<String> row = new ArrayList<>();
                    for (int i = 4; i <= 9; i++) {
                        row.add(rs.getString(i));
                    }
                    out.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), String.join("|",
                            row.stream().map(String::valueOf).toList()));
                });
        return out;
    }

    private static Map<String, String> ownedValues(DataSource db) {
        Map<String, String> out = new TreeMap<>();
        query(db, "SELECT system_name, record_kind, record_id, field_name, field_value FROM abm_owned_value",
                rs -> out.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4),
                        rs.getString(5)));
        return out;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(DataSource db, String sql, Row row) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
