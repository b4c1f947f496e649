package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.sandbox.fault.FaultProfile;
import dev.abmbridge.sandbox.hubspot.HubSpotObjectType;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The connector reads the next search page while the engine stores the current one, and still makes exactly the
 * minimum of searches: one per 200 records, each record once, none after the last page.
 */
class HubSpotReadAheadIT {

    private static final int ENGINE_PAGE = 500;
    private static final Duration LATENCY = Duration.ofSeconds(1);

    @Test
    void eachPageIsReadOnceAndTheNextIsUnderWayBeforeTheEngineAsksForIt() {
        // Every answer takes a second: a page read directly takes at least that, one read ahead is there at once.
        FaultProfile slow = FaultProfile.none().withLatency(1.0, LATENCY);
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(1_500, 4_000,
                c -> c.withFaults(FaultProfile.none(), slow, FaultProfile.none()), c -> c)) {
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
     * Pulls like the engine's puller, leaving the connector time between pages, and counts the pages that came
     * back faster than one answer of the emulator: only a page read ahead can.
     */
    private static <T> int pull(HubSpotTestPortal portal, String search, BiFunction<Cursor, Integer, Page<T>> fetch) {
        Set<String> seen = new HashSet<>();
        Cursor cursor = Cursor.START;
        int readAhead = 0;
        int pages = 0;
        while (true) {
            long asked = System.nanoTime();
            Page<T> page = fetch.apply(cursor, ENGINE_PAGE);
            if (pages > 0 && System.nanoTime() - asked < LATENCY.toNanos()) {
                readAhead++;
            }
            pages++;
            for (SourceRecord<T> r : page.records()) {
                assertThat(cursor.precedes(r.position().modifiedAt(), r.position().lastId())).isTrue();
                assertThat(seen.add(r.position().lastId())).as("each record once").isTrue();
                cursor = r.position();
            }
            if (page.last() || page.records().isEmpty()) {
                assertThat(pages).isGreaterThan(1);
                // Not every page: on a loaded machine an answer can take longer than the wait between pages.
                assertThat(readAhead).as("pages handed over without waiting for the emulator").isPositive();
                return seen.size();
            }
            settle(portal, search);
        }
    }

    /** Waits until no search has arrived for longer than an answer takes: the page read ahead is complete. */
    private static void settle(HubSpotTestPortal portal, String search) {
        long last = portal.calls(search);
        long since = System.nanoTime();
        while (System.nanoTime() - since < LATENCY.toNanos() * 3) {
            sleep(20);
            long now = portal.calls(search);
            if (now != last) {
                last = now;
                since = System.nanoTime();
            }
        }
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
