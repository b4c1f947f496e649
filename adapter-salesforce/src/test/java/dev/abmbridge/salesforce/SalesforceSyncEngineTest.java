package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The core SyncEngine syncing the sandbox org through the Salesforce connector, end to end. */
class SalesforceSyncEngineTest {

    private static final String PLAYBOOK = """
            version: 1
            name: salesforce end to end
            icp:
              minScore: 50
              criteria:
                - { id: tech, label: Technology, weight: 50, when: { field: industry, in: [Technology, Software, Telecommunications] } }
                - { id: size, label: 200 plus, weight: 30, when: { field: employees, atLeast: 200 } }
                - { id: region, label: North America, weight: 20, when: { field: region, equals: NA } }
              tiers:
                - { name: Tier 1, minScore: 80 }
                - { name: Tier 2, minScore: 50 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: Champion
                  when: { field: function, in: [MARKETING, SALES] }
                - role: End User
              committee: [Decision Maker, Champion]
            """;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    private SyncEngine engine(SalesforceConnector connector) {
        Playbook playbook = new PlaybookLoader().parse("e2e.yml", PLAYBOOK);
        EngineSettings settings = EngineSettings.DEFAULTS.withPageSize(2000).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        return new SyncEngine(StateStore.open(TestDatabases.freshH2()), playbook, new TitleParser(),
                List.of(new SyncConnection(connector.source(), connector.sink())), List.of(), settings, clock, Checkpoint.NONE);
    }

    private static Set<String> owned(SalesforceConnector connector) {
        Set<String> owned = new HashSet<>(connector.config().accountFields().values());
        owned.addAll(connector.config().contactFields().values());
        return owned;
    }

    @Test
    void aFullSyncWritesOnlyOwnedFieldsInMinimalBatchesAndASecondRunWritesNothing() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(400, 1200, 21).withClock(clock))) {
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox);
            assertThat(connector.schemaSetup().apply().succeeded()).isTrue();
            SyncEngine engine = engine(connector);
            sandbox.writes().reset();
            sandbox.ledger().reset();

            RunSummary first = engine.run(RunOptions.SYNC);

            int toWrite = first.totalRecordsToWrite();
            assertThat(toWrite).isGreaterThan(200);
            assertThat(first.deadLettered().values()).allMatch(n -> n == 0);
            assertThat(first.recordsWritten().get("salesforce")).isEqualTo(toWrite);
            assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo((toWrite + 199) / 200)
                    .isEqualTo((long) first.plannedBatches().get("salesforce"));
            assertThat(sandbox.ledger().calls("salesforce", "query")).isEqualTo(2);
            assertThat(sandbox.ledger().calls("salesforce", "queryMore")).isEqualTo(0);
            Set<String> written = new HashSet<>(sandbox.writes().fieldsWritten("salesforce", "Account"));
            written.addAll(sandbox.writes().fieldsWritten("salesforce", "Contact"));
            assertThat(written).isNotEmpty().isSubsetOf(owned(connector));
            assertThat(sandbox.writes().fieldsWritten("salesforce", "Contact")).contains("ABM_Buying_Role__c");

            clock.advance(Duration.ofHours(3)); // the session expires between the runs: renewed mid-run
            RunSummary second = engine.run(RunOptions.SYNC);

            assertThat(connector.session().renewals()).isEqualTo(1);

            assertThat(second.totalRecordsRead()).isEqualTo(toWrite); // our own writes come back once ...
            assertThat(second.totalRecordsToWrite()).isZero();         // ... and evaluate to the same values
            assertThat(second.totalSinkCalls()).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo((toWrite + 199) / 200);
        }
    }

    @Test
    void aRunThatReachesTheApiReserveStopsAndTheNextRunResumes() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(400, 1200, 21).withClock(clock)
                .withSalesforceDailyApiLimit(20))) {
            SalesforceConnector setup = SalesforceTestOrg.connector(sandbox);
            assertThat(setup.schemaSetup().apply().succeeded()).isTrue();
            clock.advance(Duration.ofHours(25)); // the set-up's calls leave the rolling window
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox,
                    SalesforceTestOrg.config(sandbox).withApiReserve(15));
            SyncEngine engine = engine(connector);

            RunSummary first = engine.run(RunOptions.SYNC); // describe + 2 queries + 2 updates, then the reserve

            assertThat(sandbox.salesforce().org().apiRequestsUsed()).isEqualTo(5);
            assertThat(first.recordsWritten().get("salesforce")).isEqualTo(400);
            int left = first.deadLettered().get("salesforce");
            assertThat(left).isPositive();

            int written = first.recordsWritten().get("salesforce");
            int runs = 1;
            while (left > 0) { // each later run spends its 5 calls and resumes where the last one stopped
                assertThat(runs++).isLessThan(6);
                clock.advance(Duration.ofHours(25));
                RunSummary next = engine.run(RunOptions.SYNC);
                assertThat(sandbox.salesforce().org().apiRequestsUsed()).isLessThanOrEqualTo(5);
                written += next.recordsWritten().getOrDefault("salesforce", 0);
                left = next.deadLettered().getOrDefault("salesforce", 0);
            }
            assertThat(runs).isGreaterThan(2);
            assertThat(written).isEqualTo(first.totalRecordsToWrite());

            clock.advance(Duration.ofHours(25));
            RunSummary last = engine.run(RunOptions.SYNC);
            assertThat(last.totalRecordsToWrite()).isZero();
            assertThat(last.totalSinkCalls()).isZero();
        }
    }
}
