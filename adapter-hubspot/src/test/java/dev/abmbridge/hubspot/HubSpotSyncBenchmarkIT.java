package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The issue 6 benchmark's code path on a few hundred records (the example playbook, real clock, limits on both
 * sides): searches and batch updates equal their minimum, and the second sync writes nothing. No timing asserted.
 */
class HubSpotSyncBenchmarkIT {

    @Test
    void callsEqualTheMinimumAndTheSecondSyncWritesNothing() {
        HubSpotSyncBenchmark.Options options = new HubSpotSyncBenchmark.Options(300, 900, 1_000, 500, 11L,
                Path.of("examples/playbook.yml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);

        HubSpotSyncBenchmark.Result r = HubSpotSyncBenchmark.run(options, log);
        HubSpotSyncBenchmark.report(options, r, log);

        assertThat(r.companies()).isEqualTo(300);
        assertThat(r.contacts()).isEqualTo(900);
        HubSpotSyncBenchmark.SyncFigures first = r.first();
        assertThat(first.summary().recordsRead()).containsEntry("hubspot", 1_200);
        assertThat(first.summary().deadLettered().getOrDefault("hubspot", 0)).isZero();
        assertThat(first.calls("rate-limited")).as("429s").isZero();
        assertThat(first.calls("companies:search")).isEqualTo(2);
        assertThat(first.calls("contacts:search")).isEqualTo(5);
        assertThat(first.searches()).isEqualTo(r.minimumSearches());
        assertThat(first.changedCompanies() + first.changedContacts())
                .isEqualTo(first.summary().recordsToWrite().get("hubspot").longValue()).isPositive();
        assertThat(first.calls("companies:batch/update")).isEqualTo(HubSpotSyncBenchmark.Result.pages(first.changedCompanies(), 100));
        assertThat(first.calls("contacts:batch/update")).isEqualTo(HubSpotSyncBenchmark.Result.pages(first.changedContacts(), 100));
        assertThat(first.calls("associations:batch/read")).as("every contact has its primary company").isZero();
        assertThat(first.writeCalls()).isPositive();

        HubSpotSyncBenchmark.SyncFigures second = r.second();
        assertThat(second.writeCalls()).as(second.calls().toString()).isZero();
        assertThat(second.summary().totalSinkCalls()).isZero();
        assertThat(second.summary().totalRecordsToWrite()).isZero();
        assertThat(second.changedCompanies() + second.changedContacts()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("vs minimum", "vs bound");
    }
}
