package dev.abmbridge.core.spi.contract;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link InsightSink} meets: owned fields only, one outcome per record with batch-mates
 * unaffected by a rejected record, idempotent re-apply, a declared batch maximum and rate limit; the same for its
 * {@link BulkWriter} when it has one. The test reads the system back through its source connector.
 */
public abstract class InsightSinkContract {

    protected abstract InsightSink sink();

    /** Reads the same system, to check what the sink wrote. */
    protected abstract SourceConnector readBack();

    /** Creates these accounts in the system. */
    protected abstract void seedAccounts(List<Account> accounts);

    /** A canonical account, as any source reads it back: registrable domain, region derived from the country. */
    protected static Account account(String id) {
        return new Account(id, null, "Company " + id, id + "-example.com", "Banking", 1200L, null, "DE", Region.EMEA, null,
                "Berlin", null, List.of("Salesforce"), null, null);
    }

    private static RecordUpdate tier(String id, String tier) {
        return new RecordUpdate(RecordKind.ACCOUNT, id, Map.of(OwnedFields.TIER, tier, OwnedFields.FIT_SCORE, "81"));
    }

    private SourceRecord<?> readOne(String id) {
        List<SourceRecord<?>> r = readBack().read(RecordKind.ACCOUNT, List.of(id));
        assertThat(r).hasSize(1);
        return r.get(0);
    }

    @Test
    void declaresABatchMaximumAndARateLimit() {
        assertThat(sink().maxBatchSize()).isPositive();
        assertThat(sink().rateLimit()).isNotNull();
        assertThat(sink().system()).isEqualTo(readBack().system());
    }

    @Test
    void writesOwnedFieldsAndNothingElse() {
        Account before = account("s1");
        seedAccounts(List.of(before));

        List<Outcome> out = sink().write(List.of(tier("s1", "Tier 1")));

        assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        SourceRecord<?> after = readOne("s1");
        assertThat(after.held()).containsEntry(OwnedFields.TIER, "Tier 1").containsEntry(OwnedFields.FIT_SCORE, "81");
        Account read = (Account) after.record();
        assertThat(read.name()).isEqualTo(before.name());
        assertThat(read.domain()).isEqualTo(before.domain());
        assertThat(read.industry()).isEqualTo(before.industry());
        assertThat(read.employees()).isEqualTo(before.employees());
    }

    @Test
    void aRejectedRecordGetsItsOwnOutcomeAndItsBatchMatesLand() {
        seedAccounts(List.of(account("s2"), account("s3")));

        List<Outcome> out = sink().write(List.of(tier("s2", "Tier 2"), tier("missing-record", "Tier 2"),
                tier("s3", "Tier 3")));

        assertThat(out).hasSize(3);
        assertThat(out).filteredOn(o -> o.id().equals("missing-record")).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED);
                    assertThat(o.reason()).isNotBlank();
                });
        assertThat(readOne("s2").held()).containsEntry(OwnedFields.TIER, "Tier 2");
        assertThat(readOne("s3").held()).containsEntry(OwnedFields.TIER, "Tier 3");
    }

    @Test
    void writingTheSameValuesAgainLeavesTheSameState() {
        seedAccounts(List.of(account("s4")));
        sink().write(List.of(tier("s4", "Tier 1")));
        Map<String, String> once = readOne("s4").held();

        List<Outcome> again = sink().write(List.of(tier("s4", "Tier 1")));

        assertThat(again).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(readOne("s4").held()).isEqualTo(once);
    }

    @Test
    void aNullValueEmptiesTheField() {
        seedAccounts(List.of(account("s5")));
        sink().write(List.of(tier("s5", "Tier 1")));
        java.util.HashMap<String, String> clear = new java.util.HashMap<>();
        clear.put(OwnedFields.TIER, null);

        sink().write(List.of(new RecordUpdate(RecordKind.ACCOUNT, "s5", clear)));

        assertThat(readOne("s5").held().get(OwnedFields.TIER)).isNull();
    }

    /** Whether the sink under test writes in bulk (declares a {@link BulkWriter}); most do not. */
    protected boolean writesInBulk() {
        return false;
    }

    @Test
    void aBulkWriterIsDeclaredOnlyWhereExpectedAndKeepsTheSameContract() {
        assertThat(sink().bulkWriter().isPresent()).as("the sink declares bulk writes").isEqualTo(writesInBulk());
        if (!writesInBulk()) {
            return;
        }
        BulkWriter bulk = sink().bulkWriter().orElseThrow();
        assertThat(bulk.maxUpdates()).isGreaterThanOrEqualTo(sink().maxBatchSize());
        assertThat(bulk.threshold()).isNotNegative();
        Account before = account("s6");
        seedAccounts(List.of(before, account("s7")));
        long calls = bulk.callsMade();

        List<Outcome> out = bulk.write(List.of(tier("s6", "Tier 1"), tier("missing-record", "Tier 2"), tier("s7", "Tier 3")));

        assertThat(out).hasSize(3);
        assertThat(out).filteredOn(o -> o.id().equals("missing-record")).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED));
        assertThat(out).filteredOn(o -> !o.id().equals("missing-record")).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(bulk.callsMade()).isGreaterThan(calls);
        SourceRecord<?> after = readOne("s6");
        assertThat(after.held()).containsEntry(OwnedFields.TIER, "Tier 1").containsEntry(OwnedFields.FIT_SCORE, "81");
        assertThat(((Account) after.record()).name()).isEqualTo(before.name());
        assertThat(readOne("s7").held()).containsEntry(OwnedFields.TIER, "Tier 3");

        assertThat(bulk.write(List.of(tier("s6", "Tier 1")))).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(readOne("s6").held()).isEqualTo(after.held());
    }
}
