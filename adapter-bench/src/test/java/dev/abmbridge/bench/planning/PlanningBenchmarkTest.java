package dev.abmbridge.bench.planning;

import dev.abmbridge.bench.planning.PlanningBenchmark.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planning benchmark at a small scale, so that what it reports can be trusted: only the changed 1 % is read
 * and evaluated, the plan's calls are the minimum ceil(records to write / batch max), the real run makes exactly
 * those calls, and no unchanged record is written. Times nothing. (The engine's own scenarios check the same rules
 * on hand-made data; this checks the benchmark's generated CRM and its figures.)
 */
class PlanningBenchmarkTest {

    @Test
    void onlyTheChangedAccountsArePlannedAndWrittenInTheMinimumNumberOfCalls(@TempDir Path dir) {
        Result r = PlanningBenchmark.measure(dir, 1_000, 3);

        assertThat(r.changedInSource()).isEqualTo(10);
        assertThat(r.plan().totalRecordsRead()).isEqualTo(10);
        assertThat(r.plan().accountsEvaluated()).isEqualTo(10);
        assertThat(r.plan().totalSinkCalls()).as("a dry run calls no sink").isZero();
        assertThat(r.plan().totalRecordsToWrite()).isBetween(4, 10);
        assertThat(r.plan().plannedBatches()).containsEntry(GeneratedCrm.SYSTEM, r.minimumCalls());
        assertThat(r.minimumCalls()).isGreaterThan(1);

        assertThat(r.syncWriteCalls()).isEqualTo(r.minimumCalls());
        assertThat(r.sync().sinkCalls()).containsEntry(GeneratedCrm.SYSTEM, r.minimumCalls());
        assertThat(r.recordsWritten()).isEqualTo(r.plan().totalRecordsToWrite());
        assertThat(r.unchangedRecordsWritten()).isZero();
    }
}
