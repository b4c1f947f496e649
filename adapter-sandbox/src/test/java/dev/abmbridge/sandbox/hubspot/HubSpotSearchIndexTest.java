package dev.abmbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.fault.FaultProfile;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The modified-date index must give every search the same page and total as a pass over the whole store, also
 * after updates have moved records to new modified dates (forwards, and backwards when the clock is set back).
 */
class HubSpotSearchIndexTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private final HubSpotPortal portal = new HubSpotPortal(clock);
    private final HubSpotObjectStore companies = portal.store(HubSpotObjectType.COMPANIES);
    private final RecordWriter writer = new RecordWriter(portal, new FieldWriteLog(), new FaultInjector(FaultProfile.none(), 1));
    private final Random random = new Random(7);
    private final List<HubSpotRecord> created = new ArrayList<>();

    @BeforeEach
    void fill() {
        // Several records per instant, so ties on the modified date (and the id order inside them) are exercised.
        for (int i = 0; i < 600; i++) {
            if (i % 4 == 0) {
                clock.advance(Duration.ofMillis(1 + random.nextInt(3)));
            }
            Map<String, String> values = i % 3 == 0 ? Map.of("name", "Company " + i) : Map.of("name", "Company " + i, "numberofemployees", "" + i);
            created.add(writer.write(companies, null, values).record());
        }
    }

    @Test
    void searchesAgreeWithAScanAfterUpdatesMoveRecordsForwardsAndBackwards() {
        for (int round = 0; round < 6; round++) {
            // Every other round the clock is set back: updates then land before records written earlier.
            clock.advance(Duration.ofMillis(round % 2 == 0 ? 5 : -400));
            for (int i = 0; i < 80; i++) {
                HubSpotRecord record = created.get(random.nextInt(created.size()));
                writer.write(companies, record, Map.of("city", "City " + round + "-" + i));
                if (i % 10 == 0) {
                    clock.advance(Duration.ofMillis(1));
                }
            }
            assertThat(companies.indexedSize()).isEqualTo(companies.size());
            for (String body : searches()) {
                assertAgree(body);
            }
        }
    }

    @Test
    void anUpdatedRecordIsFoundAtItsNewDateOnlyAndTotalsFollowIt() {
        HubSpotRecord moved = created.get(10);
        long oldStamp = millis(moved);
        clock.advance(Duration.ofSeconds(1));
        writer.write(companies, moved, Map.of("city", "Lyon"));
        long newStamp = millis(moved);
        assertThat(newStamp).isGreaterThan(oldStamp);

        SearchResult since = search(keyset("GT", newStamp - 1));
        assertThat(ids(since)).containsExactly(moved.id());
        assertThat(since.total()).isEqualTo(1);

        SearchResult atOldDate = search(keyset("EQ", oldStamp));
        assertThat(ids(atOldDate)).doesNotContain(moved.id());

        SearchResult all = search(keyset("GTE", 0));
        assertThat(all.total()).isEqualTo(created.size());
        SearchResult lastPage = search(keyset("GTE", 0).replace("\"limit\":200", "\"limit\":200,\"after\":\"400\""));
        assertThat(ids(lastPage).get(ids(lastPage).size() - 1)).isEqualTo(moved.id());
        assertThat(companies.search(request(keyset("GTE", 0))).page()).isNotEmpty();
        assertAgree(keyset("GT", oldStamp));
    }

    @Test
    void theConnectorsSearchesUseTheIndexAndOthersScan() {
        assertThat(request(keyset("GT", 0)).plan).isNotNull();
        assertThat(request(keyset("GT", 0)).plan.exact()).isTrue();
        assertThat(request(tie(millis(created.get(0)), created.get(0).id())).plan).isNotNull();
        assertThat(request(notIn(millis(created.get(0)), created.get(0).id(), created.get(1).id())).plan.exact()).isTrue();
        assertThat(request("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"DESCENDING"}],"limit":10}""").plan).isNull();
        assertThat(request("{\"limit\":10}").plan).isNull();
        assertThat(request("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],"limit":10}""").plan).isNull();
    }

    private List<String> searches() {
        List<String> bodies = new ArrayList<>();
        List<Long> stamps = created.stream().map(this::millis).sorted().toList();
        long low = stamps.get(0);
        long middle = stamps.get(stamps.size() / 2);
        long high = stamps.get(stamps.size() - 1);
        HubSpotRecord someone = created.get(random.nextInt(created.size()));
        HubSpotRecord other = created.get(random.nextInt(created.size()));
        for (long at : List.of(0L, low, middle, high, millis(someone))) {
            bodies.add(keyset("GT", at));
            bodies.add(keyset("GTE", at));
            bodies.add(keyset("EQ", at));
            bodies.add(keyset("GTE", at).replace("\"limit\":200", "\"limit\":50,\"after\":\"100\""));
            bodies.add(keyset("GTE", at).replace("\"limit\":200", "\"limit\":7"));
        }
        bodies.add(keyset("GT", millis(someone), someone.id()));
        bodies.add(tie(millis(someone), someone.id()));
        bodies.add(tie(millis(someone), 0));
        bodies.add(notIn(millis(someone), someone.id(), other.id()));
        bodies.add(notIn(millis(other), someone.id(), other.id()));
        // The connector's settle bound: modified ≤ now - settle, in each group.
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"%d"},
                                             {"propertyName":"hs_lastmodifieddate","operator":"LTE","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":200}""".formatted(low, middle));
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"BETWEEN","value":"%d","highValue":"%d"}]},
                                 {"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":100}""".formatted(low, middle, middle - 3));
        // Filters the ranges cannot express: the walk tests them, and the total is counted by walking.
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"%d"},
                                             {"propertyName":"numberofemployees","operator":"HAS_PROPERTY"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":100}""".formatted(middle));
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"%d"},
                                             {"propertyName":"hs_object_id","operator":"GT","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":100}""".formatted(low, someone.id()));
        bodies.add("""
                {"query":"company 1","filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GTE","value":"0"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":20}""");
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"NEQ","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":30}""".formatted(middle));
        bodies.add("""
                {"sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":200,"after":"9800"}""");
        bodies.add("""
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"2026-03-01T00:00:00.100Z"}]}],
                 "sorts":["hs_lastmodifieddate"],"limit":60}""");
        return bodies;
    }

    private void assertAgree(String body) {
        SearchRequest request = request(body);
        SearchResult indexed = companies.search(request);
        SearchResult scanned = companies.scan(request);
        assertThat(ids(indexed)).as(body).isEqualTo(ids(scanned));
        assertThat(indexed.total()).as(body).isEqualTo(scanned.total());
    }

    private SearchRequest request(String body) {
        return SearchRequest.parse(Json.parse(body), companies);
    }

    private SearchResult search(String body) {
        return companies.search(request(body));
    }

    private long millis(HubSpotRecord record) {
        return HubSpotTime.millis(companies.value(record, "hs_lastmodifieddate"));
    }

    private static List<Long> ids(SearchResult result) {
        return result.page().stream().map(HubSpotRecord::id).toList();
    }

    private static String keyset(String operator, long at) {
        return """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"%s","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"properties":["name"],"limit":200}"""
                .formatted(operator, at);
    }

    /** The connector's keyset request: later instants, or the same instant with a greater id. */
    private static String keyset(String operator, long at, long id) {
        return """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"%s","value":"%d"}]},
                                 {"filters":[{"propertyName":"hs_lastmodifieddate","operator":"EQ","value":"%d"},
                                             {"propertyName":"hs_object_id","operator":"GT","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":200}""".formatted(operator, at, at, id);
    }

    /** The connector's read of one instant by id. */
    private static String tie(long at, long fromId) {
        return """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"EQ","value":"%d"},
                                             {"propertyName":"hs_object_id","operator":"GT","value":"%d"}]}],
                 "sorts":[{"propertyName":"hs_object_id","direction":"ASCENDING"}],"limit":3}""".formatted(at, fromId);
    }

    /** The connector's request after held records: later instants, or the same instant without the held ids. */
    private static String notIn(long at, long... held) {
        StringBuilder ids = new StringBuilder();
        for (long id : held) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return """
                {"filterGroups":[{"filters":[{"propertyName":"hs_lastmodifieddate","operator":"GT","value":"%d"}]},
                                 {"filters":[{"propertyName":"hs_lastmodifieddate","operator":"EQ","value":"%d"},
                                             {"propertyName":"hs_object_id","operator":"NOT_IN","values":[%s]}]}],
                 "sorts":[{"propertyName":"hs_lastmodifieddate","direction":"ASCENDING"}],"limit":200}""".formatted(at, at, ids);
    }
}
