package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.fault.FaultProfile;
import dev.abmbridge.sandbox.salesforce.FieldAccess;
import dev.abmbridge.sandbox.salesforce.SalesforceField;
import dev.abmbridge.sandbox.salesforce.SalesforceFieldType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes through one Bulk API 1.0 update job (salesforce.bulk-write-threshold): the same values, owned fields and
 * per-record outcomes as SOAP updates, at 2 + 2 × batches + polls API requests.
 */
class SalesforceBulkWriteTest {

    private Sandbox sandbox;
    private SalesforceConnector connector;
    private BulkWriter bulk;
    private List<String> accountIds;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(2_500, 300, 9));
        SalesforceTestOrg.defineOwnedFields(sandbox);
        connector = SalesforceTestOrg.connector(sandbox);
        bulk = connector.sink().bulkWriter().orElseThrow();
        accountIds = sandbox.salesforce().org().accounts().rows().stream().map(r -> r.id()).toList();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static RecordUpdate account(String id, Map<String, String> fields) {
        return new RecordUpdate(RecordKind.ACCOUNT, id, fields);
    }

    private String held(String id, String apiName) {
        return sandbox.salesforce().org().value("Account", id, apiName).orElse(null);
    }

    @Test
    void onByDefaultAboveTwoThousandRecordsOfOneObjectInBatchesOfTenThousand() {
        assertThat(bulk.threshold()).isEqualTo(2_000);
        assertThat(bulk.maxUpdates()).isEqualTo(10_000);
        assertThat(connector.sink().maxBatchSize()).isEqualTo(200);
        SalesforceConnector off = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox).withBulkWriteThreshold(0));
        assertThat(off.sink().bulkWriter()).isEmpty();
    }

    @Test
    void oneJobWritesEveryRecordWithFittedValuesAndOnlyOwnedFieldsInFiveCalls() {
        List<RecordUpdate> updates = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            Map<String, String> fields = new HashMap<>();
            fields.put(OwnedFields.TIER, "Tier " + (i % 3 + 1) + ", \"quoted\"");
            fields.put(OwnedFields.FIT_SCORE, i == 0 ? "1234.4" : "81.0");
            fields.put(OwnedFields.REASON, i == 1 ? "r".repeat(1500) : "fits, because\nof \"reasons\"");
            fields.put(OwnedFields.IS_ICP, i % 2 == 0 ? "true" : null);
            updates.add(account(accountIds.get(i), fields));
        }
        connector.schemaCheck().run(); // describe before the count
        sandbox.writes().reset();
        sandbox.ledger().reset();

        List<Outcome> outcomes = bulk.write(updates);

        assertThat(outcomes).hasSize(1_500).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(outcomes).extracting(Outcome::id).containsExactlyInAnyOrderElementsOf(accountIds.subList(0, 1_500));
        assertThat(sandbox.ledger().calls("salesforce")).isEqualTo(5); // createJob, createBatch, closeJob, 1 poll, 1 result
        assertThat(sandbox.ledger().calls("salesforce", "bulk:createBatch")).isEqualTo(1);
        assertThat(sandbox.ledger().calls("salesforce", "update")).isZero();
        assertThat(bulk.callsMade()).isEqualTo(5);
        assertThat(held(accountIds.get(0), "ABM_Tier__c")).isEqualTo("Tier 1, \"quoted\"");
        assertThat(held(accountIds.get(0), "ABM_Fit_Score__c")).isEqualTo("999.0");
        assertThat(held(accountIds.get(1), "ABM_Reason__c")).hasSize(1000);
        assertThat(held(accountIds.get(2), "ABM_Reason__c")).isEqualTo("fits, because\nof \"reasons\"");
        assertThat(held(accountIds.get(0), "ABM_Is_ICP__c")).isEqualTo("true");
        assertThat(held(accountIds.get(1), "ABM_Is_ICP__c")).isEqualTo("false");
        Set<String> owned = new HashSet<>(connector.config().accountFields().values());
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Account")).isNotEmpty().isSubsetOf(owned);
        var read = connector.source().read(RecordKind.ACCOUNT, List.of(accountIds.get(5))).get(0).held();
        assertThat(read).containsEntry(OwnedFields.FIT_SCORE, "81").containsEntry(OwnedFields.TIER, "Tier 3, \"quoted\"");
    }

    @Test
    void aNullValueEmptiesTheFieldAndAFieldNotSetIsLeftAsItIs() {
        String a = accountIds.get(0);
        String b = accountIds.get(1);
        bulk.write(List.of(account(a, Map.of(OwnedFields.TIER, "Tier 1", OwnedFields.MISSING_ROLES, "Champion")),
                account(b, Map.of(OwnedFields.TIER, "Tier 2"))));
        Map<String, String> empty = new HashMap<>();
        empty.put(OwnedFields.TIER, null);

        List<Outcome> outcomes = bulk.write(List.of(account(a, empty), account(b, Map.of(OwnedFields.MISSING_ROLES, "Champion"))));

        assertThat(outcomes).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(held(a, "ABM_Tier__c")).isNull();
        assertThat(held(a, "ABM_Missing_Roles__c")).isEqualTo("Champion");
        assertThat(held(b, "ABM_Tier__c")).isEqualTo("Tier 2");
        assertThat(held(b, "ABM_Missing_Roles__c")).isEqualTo("Champion");
    }

    @Test
    void perRecordFailuresBecomeOutcomesWithSalesforcesReasonAndTheirBatchMatesLand() {
        sandbox.salesforce().org().defineCustomField("Account", new SalesforceField("ABM_Tier__c", "ABM Tier",
                SalesforceFieldType.PICKLIST, 255, 0, 0, true, List.of("Tier 1", "Tier 2"), true, false, true, true, true, null),
                new FieldAccess(true, true));
        String a = accountIds.get(0);
        String b = accountIds.get(1);
        String deleted = accountIds.get(2);
        sandbox.salesforce().org().delete("Account", deleted);

        List<Outcome> outcomes = bulk.write(List.of(account(a, Map.of(OwnedFields.TIER, "Tier 1")),
                account(b, Map.of(OwnedFields.TIER, "Tier Z")), account(deleted, Map.of(OwnedFields.TIER, "Tier 2"))));

        Map<String, Outcome> byId = new HashMap<>();
        outcomes.forEach(o -> byId.put(o.id(), o));
        assertThat(byId.get(a).status()).isEqualTo(Outcome.Status.OK);
        assertThat(byId.get(b).status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(byId.get(b).reason()).startsWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST: ").contains("[ABM_Tier__c]");
        assertThat(byId.get(deleted).status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(byId.get(deleted).reason()).startsWith("ENTITY_IS_DELETED");
        assertThat(held(a, "ABM_Tier__c")).isEqualTo("Tier 1");
    }

    @Test
    void lockedRowsAreRetriableAndAFieldTheUserCannotSeeRejectsWithoutAJob() {
        sandbox.salesforceFaults().change(FaultProfile.none().withRecordRejects(1.0));
        List<Outcome> locked = bulk.write(IntStream.range(0, 3)
                .mapToObj(i -> account(accountIds.get(i), Map.of(OwnedFields.TIER, "Tier 1"))).toList());
        assertThat(locked).hasSize(3).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.RETRIABLE);
            assertThat(o.reason()).startsWith("UNABLE_TO_LOCK_ROW");
        });

        sandbox.salesforceFaults().change(FaultProfile.none());
        SalesforceConnector renamed = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox)
                .withOwnedFields(Map.of(OwnedFields.TIER, "Not_There__c"), Map.of()));
        renamed.schemaCheck().run();
        sandbox.ledger().reset();
        List<Outcome> missing = renamed.sink().bulkWriter().orElseThrow()
                .write(List.of(account(accountIds.get(0), Map.of(OwnedFields.TIER, "Tier 1"))));
        assertThat(missing).singleElement().satisfies(o -> assertThat(o.reason()).contains("Account.Not_There__c"));
        assertThat(sandbox.ledger().calls("salesforce")).isZero();
    }
}
