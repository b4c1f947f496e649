package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.spi.RecordKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Speed benchmark's path at a small size (SalesforceSyncBenchmark with 4,000 accounts and 8,000 contacts, whole
 * multiples of the 2,000-row page, the case that used to cost one empty query more; a Bulk read threshold of 3,000, so
 * accounts are read in SOAP pages and contacts in one SOAP page then one Bulk query job; the default Bulk write
 * threshold of 2,000, so each object's updates, more than 2,000 and fewer than 10,000, go in one Bulk update job of
 * one batch): the calls equal the minimum, and a second sync with no change makes no write call. No timing is asserted.
 */
class SalesforceSyncMinimalCallsTest {

    @Test
    void aFullSyncWithTheExamplePlaybookUsesTheMinimumNumberOfCallsAndASecondSyncWritesNothing() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        SalesforceSyncBenchmark.Result result = SalesforceSyncBenchmark.run(4_000, 8_000,
                new PlaybookLoader().load(Path.of("../examples/playbook.yml")), 3_000,
                SalesforceConfig.DEFAULT_BULK_WRITE_THRESHOLD, new PrintStream(report, true, StandardCharsets.UTF_8));

        assertThat(result.accounts()).isEqualTo(4_000);
        assertThat(result.contacts()).isEqualTo(8_000);
        var first = result.first().calls();
        assertThat(first.get(RecordKind.ACCOUNT).records).isEqualTo(4_000);
        assertThat(first.get(RecordKind.CONTACT).records).isEqualTo(8_000);
        assertThat(first.get(RecordKind.ACCOUNT).pages()).isEqualTo(2);
        assertThat(first.get(RecordKind.ACCOUNT).bulkCalls).isZero();
        assertThat(first.get(RecordKind.CONTACT).pages()).isEqualTo(1);
        assertThat(first.get(RecordKind.CONTACT).bulkCalls).isEqualTo(6); // createJob, createBatch, closeJob, 1 poll, list, 1 file
        for (RecordKind kind : RecordKind.values()) {
            var c = first.get(kind);
            assertThat(c.recordsWritten).as(kind + " written").isBetween(2_001L, 10_000L);
            assertThat(c.updateCalls).as(kind + " SOAP updates").isZero();
            assertThat(c.bulkJobs).as(kind + " Bulk jobs").isEqualTo(1);
            // createJob, createBatch, closeJob, 1 poll (getBatchInfoList), getBatchResult
            assertThat(c.bulkWriteCalls).as(kind + " Bulk write calls").isEqualTo(5);
        }
        assertThat(result.first().summary().sinkCalls()).containsEntry("salesforce", 10);
        // the plan's minimum counts each Bulk job at its 5 requests: equal to the calls made
        assertThat(result.first().summary().plannedBatches()).containsEntry("salesforce", 10);
        assertThat(result.first().summary().deadLettered().values()).allMatch(n -> n == 0);
        assertThat(result.first().otherCalls()).isZero();
        assertThat(result.second().writeCalls()).isZero();
        assertThat(result.second().summary().totalSinkCalls()).isZero();
        assertThat(result.minimal()).as(report.toString(StandardCharsets.UTF_8)).isTrue();
    }
}
