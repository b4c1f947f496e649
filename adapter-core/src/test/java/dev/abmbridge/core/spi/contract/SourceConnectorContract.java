package dev.abmbridge.core.spi.contract;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every {@link SourceConnector} meets: cursor semantics with ties on modifiedAt, paging, resume,
 * read-back by id. A connector's test extends this class and says how to seed records into its system (its
 * sandbox); the source must be empty before the first seed.
 */
public abstract class SourceConnectorContract {

    /** The connector under test, reading the system the seed methods write to. */
    protected abstract SourceConnector connector();

    /**
     * Creates or replaces these accounts in the system, modified at {@code modifiedAt} when the system lets a test
     * choose (a system that cannot may use its own clock, as long as later seeds get later times).
     */
    protected abstract void seedAccounts(List<Account> accounts, Instant modifiedAt);

    protected static Account account(String id, String domain) {
        return new Account(id, null, "Company " + id, domain, "Computer Software", 500L, null, null, null, null, null,
                null, List.of(), null, null);
    }

    private List<SourceRecord<Account>> drain(Cursor from, int pageSize) {
        List<SourceRecord<Account>> all = new ArrayList<>();
        Cursor cursor = from;
        for (int guard = 0; guard < 1000; guard++) {
            Page<Account> page = connector().accounts(cursor, pageSize);
            assertThat(page.records().size()).isLessThanOrEqualTo(pageSize);
            for (SourceRecord<Account> r : page.records()) {
                assertThat(cursor.precedes(r.position().modifiedAt(), r.position().lastId()))
                        .as("record %s must come strictly after the cursor %s", r.position(), cursor).isTrue();
                assertThat(r.position().lastId()).isEqualTo(r.record().id());
                cursor = r.position();
                all.add(r);
            }
            if (page.last() || page.records().isEmpty()) {
                return all;
            }
        }
        throw new AssertionError("paging does not end");
    }

    @Test
    void pagesReturnEveryRecordOnceInKeysetOrderAcrossTiesOnModifiedAt() {
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        seedAccounts(List.of(account("a5", "e.com"), account("a2", "b.com"), account("a7", "g.com"),
                account("a1", "a.com"), account("a4", "d.com"), account("a3", "c.com"), account("a6", "f.com")), t);

        List<SourceRecord<Account>> all = drain(Cursor.START, 3);

        assertThat(all).extracting(r -> r.record().id()).containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7");
    }

    @Test
    void resumingAfterAPositionInsideATieReturnsExactlyTheRest() {
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        seedAccounts(List.of(account("b1", "a.com"), account("b2", "b.com"), account("b3", "c.com"),
                account("b4", "d.com")), t);
        List<SourceRecord<Account>> first = connector().accounts(Cursor.START, 2).records();
        assertThat(first).hasSize(2);

        List<SourceRecord<Account>> rest = drain(first.get(1).position(), 10);

        assertThat(rest).extracting(r -> r.record().id()).containsExactly("b3", "b4");
    }

    @Test
    void nothingAfterTheLastPosition() {
        seedAccounts(List.of(account("c1", "a.com"), account("c2", "b.com")), Instant.parse("2025-03-01T10:00:00Z"));
        List<SourceRecord<Account>> all = drain(Cursor.START, 10);

        Page<Account> after = connector().accounts(all.get(all.size() - 1).position(), 10);

        assertThat(after.records()).isEmpty();
        assertThat(after.last()).isTrue();
    }

    @Test
    void aLaterChangeComesAfterTheCursorEvenWithASmallerId() {
        seedAccounts(List.of(account("d5", "a.com"), account("d6", "b.com")), Instant.parse("2025-03-01T10:00:00Z"));
        List<SourceRecord<Account>> all = drain(Cursor.START, 10);
        Cursor end = all.get(all.size() - 1).position();

        seedAccounts(List.of(account("d1", "c.com")), Instant.parse("2025-03-01T11:00:00Z"));
        List<SourceRecord<Account>> later = drain(end, 10);

        assertThat(later).extracting(r -> r.record().id()).contains("d1");
    }

    @Test
    void readByIdReturnsTheRecordsWithTheirHeldValuesAndSkipsUnknownIds() {
        seedAccounts(List.of(account("e1", "a.com"), account("e2", "b.com")), Instant.parse("2025-03-01T10:00:00Z"));

        List<SourceRecord<?>> read = connector().read(RecordKind.ACCOUNT, List.of("e2", "no-such-id"));

        assertThat(read).hasSize(1);
        assertThat(((Account) read.get(0).record()).id()).isEqualTo("e2");
        assertThat(read.get(0).held()).isNotNull();
    }
}
