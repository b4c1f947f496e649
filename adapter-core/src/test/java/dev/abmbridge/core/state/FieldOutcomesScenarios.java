package dev.abmbridge.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field batch's confirmed values become held values and audit rows, sent to the database in JDBC batches; on H2
 * and PostgreSQL ({@link H2FieldOutcomesTest}, {@link PostgresFieldOutcomesTest}).
 */
abstract class FieldOutcomesScenarios {

    private StateStore store;

    abstract DataSource newDatabase();

    @BeforeEach
    void openStore() {
        store = StateStore.open(newDatabase());
    }

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
    void aValueHeldThoughTheWriteSaysNoneWasIsStillReplaced() {
        // The engine deletes a held row only where the write's old value says there is one; should the store hold
        // a value all the same, the confirmed one must still replace it (and the batch still be audited once).
        store.replaceHeld("crm", RecordKind.CONTACT, "c1", Map.of("role", "Champion", "seniority", "VP"));
        long batch = store.journal("run-1", "crm", "FIELDS", null, "{}", 1L);

        store.fieldOutcomes(batch, "run-1", "crm", List.of(
                new FieldWrite(RecordKind.CONTACT, "c1", "role", null, "Decision maker"),
                new FieldWrite(RecordKind.CONTACT, "c2", "role", null, "User")),
                List.of(), List.of(new RecordRef(RecordKind.CONTACT, "c1")), "hash", 2L);

        assertThat(store.held("crm", RecordKind.CONTACT, "c1")).isEqualTo(Map.of("role", "Decision maker", "seniority", "VP"));
        assertThat(store.held("crm", RecordKind.CONTACT, "c2")).isEqualTo(Map.of("role", "User"));
        assertThat(store.audit()).hasSize(2);
        assertThat(store.incompleteBatches()).isEmpty();
    }

    @Test
    void aSucceededRecordLosesItsDeadLetter() {
        long failedBatch = store.journal("run-1", "crm", "FIELDS", null, "{}", 1L);
        store.fieldOutcomes(failedBatch, "run-1", "crm", List.of(), List.of(
                new StateStore.DeadLetterWrite("crm", "CONTACT", "c1", "k1", "rejected"),
                new StateStore.DeadLetterWrite("crm", "CONTACT", "c2", "k2", "rejected")), List.of(), "hash", 1L);
        long batch = store.journal("run-2", "crm", "FIELDS", null, "{}", 2L);

        store.fieldOutcomes(batch, "run-2", "crm", List.of(new FieldWrite(RecordKind.CONTACT, "c1", "role", null, "User")),
                List.of(), List.of(new RecordRef(RecordKind.CONTACT, "c1")), "hash", 2L);

        assertThat(store.deadLetters()).extracting(DeadLetter::id).containsExactly("c2");
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
