package dev.abmbridge.core.engine;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.file.FileSourceConnector;
import dev.abmbridge.core.spi.testing.InMemoryAudiences;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A CRM and a CSV export of the same companies: one evaluation per company, fields merged in precedence order. */
class CrossSourceUnificationTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T08:00:00Z"));

    @Test
    void recordsOfOneDomainAreEvaluatedOnceWithMergedFieldsAndTwoRecordsOfOneSourceNeverMerge() throws IOException {
        Files.writeString(dir.resolve("accounts.csv"), """
                id,name,domain,industry,employees,country
                F1,Acme,www.acme.com,Computer Software,900,United States
                F2,Other,other.com,Retail,10,Germany
                """);
        InMemoryCrm crm = new InMemoryCrm("crm", clock, 10);
        // The CRM knows acme.com but not its industry or size: the file fills them in (CRM first in precedence).
        crm.put(new Account("S1", "crm", "Acme Corp", "acme.com", null, null, null, "US", Region.NA, null, null, null,
                List.of(), null, null));
        // A second CRM account on the same domain: a likely duplicate, evaluated on its own.
        crm.put(new Account("S2", "crm", "Acme (dup)", "acme.com", "Retail", 5L, null, "DE", Region.EMEA, null, null,
                null, List.of(), null, null));
        StateStore store = StateStore.open(TestDatabases.freshH2());
        SyncEngine engine = new SyncEngine(store, SyncEngineScenarios.playbook(60), SyncEngineScenarios.TITLES,
                List.of(new SyncConnection(crm, crm),
                        SyncConnection.readOnly(new FileSourceConnector("file", dir.resolve("accounts.csv"), null))),
                List.of(new InMemoryAudiences("ads", 10)), EngineSettings.DEFAULTS, clock, Checkpoint.NONE);

        clock.advance(Duration.ofMinutes(1));
        RunSummary s = engine.run(RunOptions.SYNC);

        assertThat(crm.owned(RecordKind.ACCOUNT, "S1")).containsEntry(OwnedFields.FIT_SCORE, "100")
                .containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(crm.owned(RecordKind.ACCOUNT, "S2")).containsEntry(OwnedFields.FIT_SCORE, "0");
        assertThat(s.accountsEvaluated()).isEqualTo(3); // acme (S1+F1), S2 alone, other.com
        assertThat(s.likelyDuplicates()).isEqualTo(1);
        assertThat(s.recordsRead()).containsEntry("file", 2).containsEntry("crm", 2);
        assertThat(s.recordsToWrite()).containsOnlyKeys("crm");

        clock.advance(Duration.ofMinutes(1));
        RunSummary again = engine.run(RunOptions.SYNC);
        assertThat(again.recordsRead()).doesNotContainKey("file");
        assertThat(again.totalSinkCalls()).isZero();
    }
}
