package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing owned fields: batches, per-record outcomes, fitted values, nothing outside the owned fields. */
class SalesforceSinkTest {

    private Sandbox sandbox;
    private SalesforceConnector connector;
    private List<String> accountIds;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(600, 300, 5));
        SalesforceTestOrg.defineOwnedFields(sandbox);
        connector = SalesforceTestOrg.connector(sandbox);
        accountIds = sandbox.salesforce().org().accounts().rows().stream().map(r -> r.id()).toList();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static RecordUpdate account(String id, String field, String value) {
        java.util.HashMap<String, String> fields = new java.util.HashMap<>();
        fields.put(field, value);
        return new RecordUpdate(RecordKind.ACCOUNT, id, fields);
    }

    private String held(String id, String apiName) {
        return sandbox.salesforce().org().value("Account", id, apiName).orElse(null);
    }

    @Test
    void twoHundredRecordsGoInOneCallAndMoreAreRefusedBeforeAnyCall() {
        List<RecordUpdate> updates = IntStream.range(0, 200)
                .mapToObj(i -> account(accountIds.get(i), OwnedFields.TIER, "Tier " + (i % 3 + 1))).toList();

        List<Outcome> outcomes = connector.sink().write(updates);

        assertThat(outcomes).hasSize(200).allMatch(o -> o.status() == Outcome.Status.OK);
        assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo(1);
        assertThat(sandbox.ledger().records("salesforce", "update")).isEqualTo(200);
        List<RecordUpdate> tooMany = IntStream.range(0, 201)
                .mapToObj(i -> account(accountIds.get(i), OwnedFields.TIER, "Tier 1")).toList();
        assertThatThrownBy(() -> connector.sink().write(tooMany)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo(1);
    }

    @Test
    void aRejectedRecordCarriesSalesforcesReasonAndItsBatchMatesLand() {
        sandbox.salesforce().org().defineCustomField("Account", new SalesforceField("ABM_Tier__c", "ABM Tier",
                SalesforceFieldType.PICKLIST, 255, 0, 0, true, List.of("Tier 1", "Tier 2"), true, false, true, true, true, null),
                new FieldAccess(true, true));
        String a = accountIds.get(0);
        String b = accountIds.get(1);
        String c = accountIds.get(2);

        List<Outcome> outcomes = connector.sink().write(List.of(account(a, OwnedFields.TIER, "Tier 1"),
                account(b, OwnedFields.TIER, "Tier Z"), account(c, OwnedFields.TIER, "Tier 2")));

        assertThat(outcomes).extracting(Outcome::id).containsExactly(a, b, c);
        assertThat(outcomes.get(1).status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcomes.get(1).reason()).startsWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST").contains("ABM_Tier__c");
        assertThat(held(a, "ABM_Tier__c")).isEqualTo("Tier 1");
        assertThat(held(c, "ABM_Tier__c")).isEqualTo("Tier 2");
    }

    @Test
    void aLockedRowIsRetriable() {
        sandbox.salesforceFaults().change(FaultProfile.none().withRecordRejects(1.0));
        List<Outcome> outcomes = connector.sink().write(List.of(account(accountIds.get(0), OwnedFields.TIER, "Tier 1")));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.RETRIABLE);
            assertThat(o.reason()).startsWith("UNABLE_TO_LOCK_ROW");
        });
    }

    @Test
    void valuesAreFittedToTheFieldsLengthAndPrecision() {
        String id = accountIds.get(0);
        Map<String, String> fields = Map.of(OwnedFields.REASON, "r".repeat(1500), OwnedFields.FIT_SCORE, "1234.4",
                OwnedFields.IS_ICP, "true", OwnedFields.COVERAGE, "66.6");

        List<Outcome> outcomes = connector.sink().write(List.of(new RecordUpdate(RecordKind.ACCOUNT, id, fields)));

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(held(id, "ABM_Reason__c")).hasSize(1000);
        assertThat(held(id, "ABM_Fit_Score__c")).isEqualTo("999.0");
        assertThat(held(id, "ABM_Coverage__c")).isEqualTo("67.0");
        assertThat(held(id, "ABM_Is_ICP__c")).isEqualTo("true");
        var read = connector.source().read(RecordKind.ACCOUNT, List.of(id)).get(0).held();
        assertThat(read).containsEntry(OwnedFields.FIT_SCORE, "999").containsEntry(OwnedFields.COVERAGE, "67")
                .containsEntry(OwnedFields.IS_ICP, "true");
    }

    @Test
    void injectionAttemptsInValuesAreStoredAsTextAndOnlyOwnedFieldsAreWritten() {
        String id = accountIds.get(0);
        String attack = "x</sobj:ABM_Tier__c><sobj:Name>pwned</sobj:Name>' OR Name != '";
        sandbox.writes().reset();

        connector.sink().write(List.of(account(id, OwnedFields.MISSING_ROLES, attack)));

        assertThat(held(id, "ABM_Missing_Roles__c")).isEqualTo(attack);
        assertThat(held(id, "Name")).isNotEqualTo("pwned");
        Set<String> owned = new HashSet<>(connector.config().accountFields().values());
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Account")).isNotEmpty().isSubsetOf(owned);
    }

    @Test
    void aFieldTheApiUserCannotSeeRejectsTheRecordWithoutACall() {
        SalesforceConfig renamed = SalesforceTestOrg.config(sandbox)
                .withOwnedFields(Map.of(OwnedFields.TIER, "Not_There__c"), Map.of());
        SalesforceConnector other = SalesforceTestOrg.connector(sandbox, renamed);

        List<Outcome> outcomes = other.sink().write(List.of(account(accountIds.get(0), OwnedFields.TIER, "Tier 1")));

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(o.reason()).contains("Account.Not_There__c").contains("run setup");
        });
        assertThat(sandbox.ledger().calls("salesforce", "update")).isZero();
    }

    @Test
    void aNullValueEmptiesTheFieldThroughFieldsToNull() {
        String id = accountIds.get(0);
        connector.sink().write(List.of(account(id, OwnedFields.TIER, "Tier 1")));
        connector.sink().write(List.of(account(id, OwnedFields.TIER, null)));
        assertThat(held(id, "ABM_Tier__c")).isNull();
    }
}
