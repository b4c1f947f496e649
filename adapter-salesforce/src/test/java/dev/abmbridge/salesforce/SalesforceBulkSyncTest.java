package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.salesforce.FieldAccess;
import dev.abmbridge.sandbox.salesforce.SalesforceField;
import dev.abmbridge.sandbox.salesforce.SalesforceFieldType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The SyncEngine writing through Bulk update jobs above salesforce.bulk-write-threshold and SOAP updates below it,
 * end to end against the sandbox org: its accounts (fewer than a threshold of 500: SOAP updates) and contacts (more:
 * one Bulk job of one batch).
 */
class SalesforceBulkSyncTest {

    private static final int THRESHOLD = 500;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final StateStore store = StateStore.open(TestDatabases.freshH2());

    private SyncEngine engine(SalesforceConnector connector) throws Exception {
        EngineSettings settings = EngineSettings.DEFAULTS.withPageSize(2000).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        return new SyncEngine(store,
                new PlaybookLoader().load(Path.of("../examples/playbook.yml")), new TitleParser(),
                List.of(new SyncConnection(connector.source(), connector.sink())), List.of(), settings, clock, Checkpoint.NONE);
    }

    private static Sandbox sandbox(MutableClock clock) {
        return Sandbox.start(SandboxConfig.defaults().withData(300, 900, 31).withClock(clock));
    }

    private static SalesforceConnector connector(Sandbox sandbox) {
        SalesforceConnector connector = SalesforceTestOrg.connector(sandbox,
                SalesforceTestOrg.config(sandbox).withBulkWriteThreshold(THRESHOLD));
        assertThat(connector.schemaSetup().apply().succeeded()).isTrue();
        return connector;
    }

    private static long bulkCalls(Sandbox sandbox) {
        return sandbox.ledger().tallies().stream()
                .filter(t -> t.system().equals("salesforce") && t.operation().startsWith("bulk:"))
                .mapToLong(t -> t.calls()).sum();
    }

    @Test
    void aboveTheThresholdOneBulkJobBelowItSoapUpdatesAndASecondSyncWritesNothing() throws Exception {
        try (Sandbox sandbox = sandbox(clock)) {
            SalesforceConnector connector = connector(sandbox);
            int accounts = sandbox.salesforce().org().accounts().size();
            int contacts = sandbox.salesforce().org().contacts().size();
            SyncEngine engine = engine(connector);
            sandbox.writes().reset();
            sandbox.ledger().reset();

            RunSummary first = engine.run(RunOptions.SYNC);

            assertThat(first.deadLettered().values()).allMatch(n -> n == 0);
            assertThat(first.recordsToWrite().get("salesforce")).isEqualTo(accounts + contacts);
            assertThat(first.recordsWritten().get("salesforce")).isEqualTo(accounts + contacts);
            assertThat(accounts).isLessThanOrEqualTo(THRESHOLD);
            assertThat(contacts).isGreaterThan(THRESHOLD);
            // accounts: ceil(accounts / 200) SOAP updates; contacts: one job of one batch = 5 Bulk requests
            assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo((accounts + 199) / 200);
            assertThat(sandbox.ledger().records("salesforce", "update")).isEqualTo(accounts);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createJob")).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createBatch")).isEqualTo(1);
            assertThat(sandbox.ledger().records("salesforce", "bulk:createBatch")).isEqualTo(contacts);
            assertThat(bulkCalls(sandbox)).isEqualTo(5);
            assertThat(first.sinkCalls().get("salesforce")).isEqualTo((accounts + 199) / 200 + 5);
            assertThat(first.plannedBatches().get("salesforce")).isEqualTo((accounts + 199) / 200 + 5);
            Set<String> owned = new HashSet<>(connector.config().accountFields().values());
            owned.addAll(connector.config().contactFields().values());
            Set<String> written = new HashSet<>(sandbox.writes().fieldsWritten("salesforce", "Account"));
            written.addAll(sandbox.writes().fieldsWritten("salesforce", "Contact"));
            assertThat(written).isNotEmpty().isSubsetOf(owned);
            assertThat(sandbox.writes().fieldsWritten("salesforce", "Contact")).contains("ABM_Buying_Role__c");

            sandbox.ledger().reset();
            clock.advance(Duration.ofMinutes(10));
            RunSummary second = engine.run(RunOptions.SYNC);

            assertThat(second.totalRecordsRead()).isEqualTo(accounts + contacts); // our own writes come back once
            assertThat(second.totalRecordsToWrite()).isZero();
            assertThat(second.totalSinkCalls()).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "update")).isZero();
            assertThat(bulkCalls(sandbox)).isZero();
        }
    }

    @Test
    void recordsABulkJobRejectsBecomeDeadLettersWithTheirReasonAndTheRestLand() throws Exception {
        try (Sandbox sandbox = sandbox(clock)) {
            SalesforceConnector connector = connector(sandbox);
            // an admin restricts the buying role to one value: every other role is refused per record
            sandbox.salesforce().org().defineCustomField("Contact", new SalesforceField("ABM_Buying_Role__c", "ABM Buying Role",
                    SalesforceFieldType.PICKLIST, 255, 0, 0, true, List.of("Decision Maker"), true, false, true, true, true, null),
                    new FieldAccess(true, true));
            SyncEngine engine = engine(connector);

            RunSummary first = engine.run(RunOptions.SYNC);

            int dead = first.deadLettered().get("salesforce");
            assertThat(dead).isPositive().isLessThan(sandbox.salesforce().org().contacts().size());
            assertThat(first.recordsWritten().get("salesforce") + dead).isEqualTo(first.totalRecordsToWrite());
            assertThat(store.deadLetters()).hasSize(dead).allSatisfy(d -> {
                assertThat(d.kind()).isEqualTo("CONTACT");
                assertThat(d.reason()).contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST").contains("ABM_Buying_Role__c");
            });
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createJob")).isEqualTo(1);
            int accounts = sandbox.salesforce().org().accounts().size();
            assertThat(first.sinkCalls().get("salesforce")).isEqualTo((accounts + 199) / 200 + 5);
        }
    }
}
