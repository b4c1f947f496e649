package dev.abmbridge.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.spi.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field batch's confirmed values become held values and audit rows, sent to the database in JDBC batches. */
class FieldOutcomesTest {

    private final StateStore store = StateStore.open(TestDatabases.freshH2());

    @Test
    void confirmedValuesReplaceHeldOnesAndEveryWriteIsAudited() {
        store.replaceHeld("crm", RecordKind.ACCOUNT, "a1", Map.of("tier", "Tier 3", "fitScore", "40"));
        long batch = store.journal("run-1", "crm", "FIELDS", null, "{}", 1L);

        store.fieldOutcomes(batch, "run-1", "crm", List.of(
                new FieldWrite(RecordKind.ACCOUNT, "a1", "tier", "Tier 3", "Tier 1"),
                new FieldWrite(RecordKind.ACCOUNT, "a1", "fitScore", "40", null),
                new FieldWrite(RecordKind.CONTACT, "c1", "role", null, "Champion"),
                // The same field twice in one batch: the later value is the one held.
                new FieldWrite(RecordKind.CONTACT, "c1", "role", "Champion", "Decision maker")),
                List.of(), List.of(), "hash", 2L);

        assertThat(store.held("crm", RecordKind.ACCOUNT, "a1")).isEqualTo(Map.of("tier", "Tier 1"));
        assertThat(store.held("crm", RecordKind.CONTACT, "c1")).isEqualTo(Map.of("role", "Decision maker"));
        assertThat(store.audit()).extracting(AuditEntry::field, AuditEntry::newValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tier", "Tier 1"), org.assertj.core.groups.Tuple.tuple("fitScore", null),
                org.assertj.core.groups.Tuple.tuple("role", "Champion"), org.assertj.core.groups.Tuple.tuple("role", "Decision maker"));
        assertThat(store.incompleteBatches()).isEmpty();
    }

    @Test
    void moreWritesThanOneJdbcBatchAreAllStored() {
        long batch = store.journal("run-1", "crm", "FIELDS", null, "{}", 1L);
        List<FieldWrite> writes = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            writes.add(new FieldWrite(RecordKind.CONTACT, "c" + i, "role", null, "Role " + i));
        }

        store.fieldOutcomes(batch, "run-1", "crm", writes, List.of(), List.of(), "hash", 2L);

        assertThat(store.audit()).hasSize(2_345);
        assertThat(store.held("crm", RecordKind.CONTACT, "c2344")).isEqualTo(Map.of("role", "Role 2344"));
        assertThat(store.held("crm", RecordKind.CONTACT, "c0")).isEqualTo(Map.of("role", "Role 0"));
    }
}
