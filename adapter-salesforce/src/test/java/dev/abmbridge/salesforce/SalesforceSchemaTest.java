package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.salesforce.FieldAccess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** check, setup --dry-run and setup against an org without the owned fields. */
class SalesforceSchemaTest {

    private Sandbox sandbox;
    private SalesforceConnector connector;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(50, 50, 4));
        connector = SalesforceTestOrg.connector(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void checkReportsEveryMissingField() {
        List<SalesforceFieldStatus> statuses = connector.schemaCheck().run();

        assertThat(statuses).hasSize(9).noneMatch(SalesforceFieldStatus::exists).noneMatch(SalesforceFieldStatus::ok);
        assertThat(statuses.get(0).problem()).contains("Account.ABM_Fit_Score__c").contains("ABM_Bridge_Integration");
    }

    @Test
    void checkReportsTypeAndAccessOfExistingFields() {
        sandbox.salesforce().org().defineCustomField("Account", SalesforceTestOrg.text("ABM_Fit_Score__c", "Score", 10),
                new FieldAccess(true, true));
        sandbox.salesforce().org().defineCustomField("Account", SalesforceTestOrg.text("ABM_Tier__c", "Tier", 80),
                new FieldAccess(true, false));

        Map<String, SalesforceFieldStatus> byField = new java.util.HashMap<>();
        connector.schemaCheck().run().forEach(s -> byField.put(s.spec().ownedField(), s));

        assertThat(byField.get(OwnedFields.FIT_SCORE).type()).isEqualTo("string(10)");
        assertThat(byField.get(OwnedFields.FIT_SCORE).problem()).contains("must be Number");
        assertThat(byField.get(OwnedFields.TIER).readable()).isTrue();
        assertThat(byField.get(OwnedFields.TIER).editable()).isFalse();
        assertThat(byField.get(OwnedFields.TIER).problem()).contains("not edit");
    }

    @Test
    void dryRunSaysWhatSetupWouldCreateAndChangesNothing() {
        SalesforceSetupResult plan = connector.schemaSetup().dryRun();

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.toCreate()).extracting(SalesforceFieldSpec::fullName).containsExactly("Account.ABM_Fit_Score__c",
                "Account.ABM_Tier__c", "Account.ABM_Is_ICP__c", "Account.ABM_Reason__c", "Account.ABM_Coverage__c",
                "Account.ABM_Missing_Roles__c", "Contact.ABM_Buying_Role__c", "Contact.ABM_Seniority__c",
                "Contact.ABM_Function__c");
        assertThat(plan.toGrant()).hasSize(9);
        assertThat(plan.created()).isEmpty();
        assertThat(sandbox.ledger().calls("salesforce-metadata", "upsertMetadata")).isZero();
        assertThat(connector.schemaCheck().run()).noneMatch(SalesforceFieldStatus::exists);
    }

    @Test
    void setupCreatesTheFieldsGrantsThemAndTheNextWriteLands() {
        SalesforceSetupResult result = connector.schemaSetup().apply();

        assertThat(result.succeeded()).as(result.failed().toString()).isTrue();
        assertThat(result.created()).hasSize(9).contains("Account.ABM_Fit_Score__c", "Contact.ABM_Function__c");
        assertThat(result.toGrant()).hasSize(9);
        assertThat(sandbox.ledger().calls("salesforce-metadata", "upsertMetadata")).isEqualTo(2);
        assertThat(connector.schemaCheck().run()).allMatch(SalesforceFieldStatus::ok);
        assertThat(connector.schemaSetup().apply().nothingToDo()).isTrue();

        String id = sandbox.salesforce().org().accounts().rows().get(0).id();
        List<Outcome> written = connector.sink().write(List.of(new RecordUpdate(RecordKind.ACCOUNT, id,
                Map.of(OwnedFields.FIT_SCORE, "72", OwnedFields.TIER, "Tier 2", OwnedFields.IS_ICP, "true",
                        OwnedFields.COVERAGE, "50", OwnedFields.REASON, "Software; 200 plus", OwnedFields.MISSING_ROLES, "Champion"))));
        assertThat(written).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(connector.source().read(RecordKind.ACCOUNT, List.of(id)).get(0).held())
                .containsEntry(OwnedFields.FIT_SCORE, "72").containsEntry(OwnedFields.TIER, "Tier 2")
                .containsEntry(OwnedFields.COVERAGE, "50").containsEntry(OwnedFields.IS_ICP, "true");
    }
}
