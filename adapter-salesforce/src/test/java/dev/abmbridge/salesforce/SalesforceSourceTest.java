package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading accounts and contacts: paging with queryMore, mapping, held values, deletions. */
class SalesforceSourceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private Sandbox sandbox;
    private SalesforceConnector connector;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(700, 300, 9).withClock(clock));
        SalesforceTestOrg.defineOwnedFields(sandbox);
        connector = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox).withQueryBatchSize(200));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aPageLargerThanTheBatchIsReadWithQueryMoreAndEveryRecordComesOnceInKeysetOrder() {
        int total = sandbox.salesforce().org().accounts().size();
        assertThat(total).isGreaterThan(400);
        SalesforceSource source = connector.source();

        Page<Account> first = source.accounts(Cursor.START, 1000);

        assertThat(sandbox.ledger().calls("salesforce", "query")).isEqualTo(1);
        assertThat(sandbox.ledger().calls("salesforce", "queryMore")).isEqualTo((Math.min(total, 1000) - 1) / 200);
        List<SourceRecord<Account>> all = new ArrayList<>(first.records());
        Cursor cursor = all.get(all.size() - 1).position();
        while (true) {
            Page<Account> page = source.accounts(cursor, 1000);
            all.addAll(page.records());
            if (page.last()) {
                break;
            }
            cursor = page.records().get(page.records().size() - 1).position();
        }
        assertThat(all).hasSize(total);
        assertThat(new HashSet<>(all.stream().map(r -> r.record().id()).toList())).hasSize(total);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).position()).isLessThan(all.get(i).position());
        }
    }

    @Test
    void recordsMapToTheCanonicalModel() {
        SourceRecord<Account> a = connector.source().accounts(Cursor.START, 1).records().get(0);
        assertThat(a.record().source()).isEqualTo("salesforce");
        assertThat(a.record().name()).isNotBlank();
        assertThat(a.position().lastId()).isEqualTo(a.record().id());
        SourceRecord<Contact> c = connector.source().contacts(Cursor.START, 1).records().get(0);
        assertThat(c.record().accountId()).startsWith("001");
        assertThat(c.record().lastName()).isNotBlank();
    }

    @Test
    void ownedValuesComeBackInTheEngineFormInTheSameQuery() {
        String id = connector.source().accounts(Cursor.START, 1).records().get(0).record().id();
        SalesforceTestOrg.update(SalesforceTestOrg.admin(sandbox), "Account", id,
                Map.of("ABM_Fit_Score__c", "81", "ABM_Is_ICP__c", "true", "ABM_Tier__c", "Tier 1"));
        long queries = sandbox.ledger().calls("salesforce", "query");

        var held = connector.source().read(RecordKind.ACCOUNT, List.of(id)).get(0).held();

        assertThat(held).containsEntry(OwnedFields.FIT_SCORE, "81").containsEntry(OwnedFields.IS_ICP, "true")
                .containsEntry(OwnedFields.TIER, "Tier 1").doesNotContainKey(OwnedFields.REASON);
        assertThat(sandbox.ledger().calls("salesforce", "query")).isEqualTo(queries + 1);
    }

    @Test
    void quotesBackslashesAndNewlinesInRecordValuesRoundTrip() {
        Account odd = new Account("x", null, "O'Brien \\ Sons\nLtd", "obrien.example", null, null, null, null, null, null, null,
                null, List.of(), null, null);
        clock.advance(Duration.ofMinutes(1));
        String id = SalesforceTestOrg.createAccounts(SalesforceTestOrg.admin(sandbox), List.of(odd)).get(0);

        List<?> read = connector.source().read(RecordKind.ACCOUNT, List.of(id, "001' OR Name != '"));

        assertThat(read).hasSize(1);
        assertThat(((Account) ((SourceRecord<?>) read.get(0)).record()).name()).contains("O'Brien \\ Sons");
    }

    @Test
    void deletionsInTheWindowComeFromGetDeleted() {
        String id = connector.source().contacts(Cursor.START, 1).records().get(0).record().id();
        Instant start = clock.instant().minusSeconds(60);
        clock.advance(Duration.ofSeconds(5));
        sandbox.salesforce().org().delete("Contact", id);
        clock.advance(Duration.ofSeconds(5));

        SalesforceDeletions deleted = connector.source().deleted(RecordKind.CONTACT, start, clock.instant());

        assertThat(deleted.ids()).containsExactly(id);
        assertThat(deleted.windowPassed()).isFalse();
        assertThat(connector.source().allIds(RecordKind.CONTACT)).doesNotContain(id)
                .hasSize(sandbox.salesforce().org().contacts().size() - 1);
    }

    @Test
    void aWindowOlderThanSalesforceKeepsDeletionsAsksForAFullReconciliation() {
        Instant now = clock.instant();
        assertThat(connector.source().deleted(RecordKind.ACCOUNT, now.minus(Duration.ofDays(20)), now).windowPassed()).isTrue();
        assertThat(connector.source().deleted(RecordKind.ACCOUNT, now.minus(Duration.ofDays(40)), now).windowPassed()).isTrue();
        assertThat(connector.source().deleted(RecordKind.ACCOUNT, now.minus(Duration.ofDays(2)), now).windowPassed()).isFalse();
    }
}
