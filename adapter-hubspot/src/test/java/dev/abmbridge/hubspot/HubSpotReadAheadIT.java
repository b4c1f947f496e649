package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.sandbox.hubspot.HubSpotObjectType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The connector reads the next search page while the engine stores the current one, and still makes exactly the
 * minimum of searches: one per 200 records, each record once, none after the last page.
 */
class HubSpotReadAheadIT {

    private static final int ENGINE_PAGE = 500;

    @Test
    void eachPageIsReadOnceAndTheNextIsUnderWayBeforeTheEngineAsksForIt() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(1_500, 4_000, c -> c, c -> c)) {
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);
            int companies = portal.sandbox.hubSpot().portal().size(HubSpotObjectType.COMPANIES);
            int contacts = portal.sandbox.hubSpot().portal().size(HubSpotObjectType.CONTACTS);

            assertThat(pull(portal, "companies:search", source::accounts)).isEqualTo(companies);
            assertThat(pull(portal, "contacts:search", source::contacts)).isEqualTo(contacts);

            assertThat(portal.calls("companies:search")).isEqualTo((companies + 199) / 200);
            assertThat(portal.calls("contacts:search")).isEqualTo((contacts + 199) / 200);
            assertThat(portal.calls("associations:batch/read")).isZero();
        }
    }

    /**
     * Pulls like the engine's puller and counts the pages during which searches went on after the page was handed
     * over, while nothing was asked: without read-ahead there are none.
     */
    private static <T> int pull(HubSpotTestPortal portal, String search, BiFunction<Cursor, Integer, Page<T>> fetch) {
        Set<String> seen = new HashSet<>();
        Cursor cursor = Cursor.START;
        int readAhead = 0;
        int pages = 0;
        while (true) {
            Page<T> page = fetch.apply(cursor, ENGINE_PAGE);
            long handedOver = portal.calls(search);
            for (SourceRecord<T> r : page.records()) {
                assertThat(cursor.precedes(r.position().modifiedAt(), r.position().lastId())).isTrue();
                assertThat(seen.add(r.position().lastId())).as("each record once").isTrue();
                cursor = r.position();
            }
            if (page.last() || page.records().isEmpty()) {
                assertThat(pages).isGreaterThan(1);
                assertThat(readAhead).as("pages whose successor was read before it was asked for").isPositive();
                return seen.size();
            }
            pages++;
            if (settled(portal, search) > handedOver) {
                readAhead++;
            }
        }
    }

    /** The search count once it has not moved for 300 ms. */
    private static long settled(HubSpotTestPortal portal, String search) {
        long last = portal.calls(search);
        long since = System.nanoTime();
        while (System.nanoTime() - since < TimeUnit.MILLISECONDS.toNanos(300)) {
            sleep(5);
            long now = portal.calls(search);
            if (now != last) {
                last = now;
                since = System.nanoTime();
            }
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
