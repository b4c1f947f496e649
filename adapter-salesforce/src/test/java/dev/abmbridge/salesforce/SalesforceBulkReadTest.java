package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Reads above salesforce.bulk-read-threshold go through a Bulk API 1.0 query job and give the same records as SOAP. */
class SalesforceBulkReadTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    private static List<SourceRecord<Contact>> readAll(BiFunction<Cursor, Integer, Page<Contact>> source, List<Integer> pages) {
        List<SourceRecord<Contact>> all = new ArrayList<>();
        Cursor cursor = Cursor.START;
        while (true) {
            Page<Contact> page = source.apply(cursor, 300);
            pages.add(page.records().size());
            all.addAll(page.records());
            if (page.last()) {
                return all;
            }
            cursor = page.records().get(page.records().size() - 1).position();
        }
    }

    @Test
    void aReadAboveTheThresholdTakesOneSoapPageThenOneBulkQueryJobAndGivesTheSameRecords() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(400, 1_500, 5).withClock(clock))) {
            SalesforceTestOrg.defineOwnedFields(sandbox);
            int total = sandbox.salesforce().org().contacts().size();
            assertThat(total).isGreaterThan(900);

            SalesforceSource soap = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox).withBulkReadThreshold(0)).source();
            List<SourceRecord<Contact>> expected = readAll(soap::contacts, new ArrayList<>());
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createJob")).isZero();
            sandbox.ledger().reset();

            SalesforceSource bulk = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox).withBulkReadThreshold(500)).source();
            List<Integer> pages = new ArrayList<>();
            List<SourceRecord<Contact>> read = readAll(bulk::contacts, pages);

            assertThat(read).hasSize(total);
            assertThat(read.stream().map(r -> r.record()).toList()).isEqualTo(expected.stream().map(r -> r.record()).toList());
            assertThat(read.stream().map(SourceRecord::position).toList()).isEqualTo(expected.stream().map(SourceRecord::position).toList());
            assertThat(pages).hasSize((total + 299) / 300);
            assertThat(sandbox.ledger().calls("salesforce", "query")).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "queryMore")).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createJob")).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createBatch")).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:updateJob")).isEqualTo(1); // closeJob
            assertThat(sandbox.ledger().calls("salesforce", "bulk:getBatchInfo")).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:getBatchResult")).isEqualTo(1); // the result list
            assertThat(sandbox.ledger().calls("salesforce", "bulk:getQueryResult")).isEqualTo(1);
            assertThat(sandbox.ledger().records("salesforce", "bulk:createBatch")).isEqualTo(total - 300);
        }
    }

    @Test
    void anExpiredSessionIsRenewedOnceForABulkRequestAndTheJobGoesOn() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(300, 100, 5).withClock(clock))) {
            SalesforceTestOrg.defineOwnedFields(sandbox);
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox);
            connector.source().accounts(Cursor.START, 10); // a SOAP call: the session has a token now
            clock.advance(java.time.Duration.ofHours(3));  // ... which expires

            var rows = new SalesforceBulkReader(connector.session(), d -> { })
                    .query("Account", "SELECT Id, Name FROM Account ORDER BY Id");

            assertThat(rows).hasSize(sandbox.salesforce().org().accounts().size());
            assertThat(connector.session().renewals()).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:fault")).isEqualTo(1);
        }
    }

    @Test
    void aReadWithinTheThresholdStaysOnSoap() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(400, 1_500, 5).withClock(clock))) {
            SalesforceTestOrg.defineOwnedFields(sandbox);
            int total = sandbox.salesforce().org().contacts().size();
            SalesforceSource source = SalesforceTestOrg.connector(sandbox,
                    SalesforceTestOrg.config(sandbox).withBulkReadThreshold(total)).source();

            assertThat(readAll(source::contacts, new ArrayList<>())).hasSize(total);
            assertThat(sandbox.ledger().calls("salesforce", "query")).isEqualTo((total + 299) / 300);
            assertThat(sandbox.ledger().calls("salesforce", "bulk:createJob")).isZero();
        }
    }
}
