package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.hubspot.client.HubSpotClient;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Keyset paging over CRM search: every request starts from the last position read,
 * {@code modified > t OR (modified = t AND hs_object_id > id)}, sorted by the modified property ascending, at most
 * 200 per request and never with an {@code after} offset, so search's 10,000-result cap is never reached however
 * many records changed. Ties on the modified instant are handled without trusting search's order inside a tie:
 * a full request holds back its trailing records of the last instant (up to {@link #MAX_HELD}) and the next request
 * excludes their ids, so every request still brings a full page of new records; the held records are returned with
 * that next page, in id order (a larger trailing tie is dropped and read again). An instant with more records than
 * a page is read on its own, sorted by record id.
 */
final class HubSpotSearchPager {

    static final int MAX_PAGE = 200;

    /** One search result with its position. */
    record Hit(JsonNode node, Cursor position) {
    }

    record Result(List<Hit> hits, boolean last) {
    }

    /** One search reply: its hits in order, and the number of records matching the request. */
    private record Reply(List<Hit> hits, long total) {
    }

    /** Records of a full request's last instant, held back and returned with the next page, which follows {@code after}. */
    private record Held(Cursor after, List<Hit> hits) {
    }

    /** The most records of one instant held back (the ids a NOT_IN filter carries); a bigger tie is read again by id. */
    static final int MAX_HELD = 100;

    private static final Comparator<Hit> ORDER = Comparator.comparing((Hit h) -> h.position().modifiedAt())
            .thenComparing(h -> h.position().lastId(), HubSpotSearchPager::compareIds);

    private final HubSpotClient client;
    /** Per record kind, the position a full page of a tie ended at: the next page continues that tie by id. */
    private final java.util.Map<RecordKind, Cursor> insideTie = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per record kind, the records held back after the last page (read once, returned with the next page). */
    private final java.util.Map<RecordKind, Held> held = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.time.Clock clock;
    private final java.time.Duration settle;

    HubSpotSearchPager(HubSpotClient client, java.time.Clock clock, java.time.Duration settle) {
        this.client = client;
        this.clock = clock;
        this.settle = settle;
    }

    Result page(RecordKind kind, List<String> properties, Cursor after, int pageSize) {
        List<Hit> out = new ArrayList<>();
        Cursor cursor = after;
        int limit = Math.min(MAX_PAGE, pageSize);
        // Room for held records only when a page holds more than one request: then every request asks the full limit.
        int maxHeld = Math.min(MAX_HELD, pageSize - limit);
        Held carried = held.remove(kind);
        List<Hit> holding = carried != null && carried.after().equals(after) ? carried.hits() : List.of();
        while (out.isEmpty() || pageSize - out.size() - holding.size() >= limit) {
            if (cursor.equals(insideTie.get(kind))) {
                // The last request ended inside a large tie: continue it by id instead of asking search again.
                holding = List.of();
                List<Hit> tied = search(kind, properties, tie(kind, cursor.modifiedAt(), cursor.lastId()), "hs_object_id", limit).hits();
                insideTie.remove(kind);
                out.addAll(tied);
                if (tied.size() == limit) {
                    cursor = tied.get(tied.size() - 1).position();
                    insideTie.put(kind, cursor);
                    continue;
                }
                if (!tied.isEmpty()) {
                    cursor = tied.get(tied.size() - 1).position();
                }
                continue;
            }
            Reply reply = holding.isEmpty()
                    ? search(kind, properties, keyset(kind, cursor), HubSpotConnection.modifiedProperty(kind), limit)
                    : search(kind, properties, excluding(kind, holding), HubSpotConnection.modifiedProperty(kind), limit);
            List<Hit> hits = reply.hits();
            List<Hit> all = new ArrayList<>(holding);
            all.addAll(hits);
            all.sort(ORDER);
            holding = List.of();
            if (hits.size() < limit || reply.total() == hits.size()) {
                out.addAll(all);
                return new Result(out, true);
            }
            Instant lastInstant = all.get(all.size() - 1).position().modifiedAt();
            List<Hit> complete = all.stream().filter(h -> h.position().modifiedAt().isBefore(lastInstant)).toList();
            if (complete.isEmpty()) {
                String fromId = cursor.modifiedAt().equals(lastInstant) ? cursor.lastId() : "";
                complete = search(kind, properties, tie(kind, lastInstant, fromId), "hs_object_id", limit).hits();
                if (complete.isEmpty()) {
                    return new Result(out, true);
                }
                if (complete.size() == limit) {
                    insideTie.put(kind, complete.get(complete.size() - 1).position());
                }
            } else if (all.size() - complete.size() <= maxHeld) {
                // The last instant may go on past this request: hold its records back (not read again) and
                // exclude them from the next request, which then still brings a full page of new records.
                holding = all.subList(complete.size(), all.size());
            }
            out.addAll(complete);
            cursor = complete.get(complete.size() - 1).position();
        }
        if (!holding.isEmpty()) {
            held.put(kind, new Held(cursor, holding));
        }
        return new Result(out, false);
    }

    private Reply search(RecordKind kind, List<String> properties, List<Object> filterGroups, String sortBy, int limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filterGroups", filterGroups);
        body.put("sorts", List.of(Map.of("propertyName", sortBy, "direction", "ASCENDING")));
        body.put("properties", properties);
        body.put("limit", limit);
        JsonNode reply = client.post(client.objects(HubSpotConnection.objectType(kind) + "/search"), body).body();
        List<Hit> hits = new ArrayList<>();
        JsonNode results = reply.get("results");
        if (results != null) {
            for (JsonNode node : results) {
                hits.add(new Hit(node, position(node, HubSpotConnection.modifiedProperty(kind))));
            }
        }
        hits.sort(ORDER);
        JsonNode total = reply.get("total");
        return new Reply(hits, total != null && total.isNumber() ? total.asLong() : Long.MAX_VALUE);
    }

    /** After held records of one instant: later instants, or that instant without the held ids. */
    private List<Object> excluding(RecordKind kind, List<Hit> holding) {
        String modified = HubSpotConnection.modifiedProperty(kind);
        String millis = Long.toString(holding.get(0).position().modifiedAt().toEpochMilli());
        Map<String, Object> notHeld = new LinkedHashMap<>();
        notHeld.put("propertyName", "hs_object_id");
        notHeld.put("operator", "NOT_IN");
        notHeld.put("values", holding.stream().map(h -> h.position().lastId()).toList());
        return List.of(group(kind, filter(modified, "GT", millis)), group(kind, filter(modified, "EQ", millis), notHeld));
    }

    private List<Object> keyset(RecordKind kind, Cursor cursor) {
        String modified = HubSpotConnection.modifiedProperty(kind);
        String millis = Long.toString(cursor.modifiedAt().toEpochMilli());
        if (cursor.lastId().isEmpty()) {
            return List.of(group(kind, filter(modified, "GTE", millis)));
        }
        return List.of(group(kind, filter(modified, "GT", millis)),
                group(kind, filter(modified, "EQ", millis), filter("hs_object_id", "GT", cursor.lastId())));
    }

    private List<Object> tie(RecordKind kind, Instant at, String fromId) {
        String modified = HubSpotConnection.modifiedProperty(kind);
        String millis = Long.toString(at.toEpochMilli());
        return List.of(group(kind, filter(modified, "EQ", millis),
                fromId.isEmpty() ? filter("hs_object_id", "GTE", "0") : filter("hs_object_id", "GT", fromId)));
    }

    /** A filter group; with a settle time, also {@code modified <= now - settle}, so no unindexed change is passed. */
    private Map<String, Object> group(RecordKind kind, Map<?, ?>... filters) {
        List<Map<?, ?>> all = new ArrayList<>(List.of(filters));
        if (!settle.isZero()) {
            String bound = Long.toString(clock.instant().minus(settle).toEpochMilli());
            all.add(filter(HubSpotConnection.modifiedProperty(kind), "LTE", bound));
        }
        return Map.of("filters", all);
    }

    private static Map<String, String> filter(String property, String operator, String value) {
        return Map.of("propertyName", property, "operator", operator, "value", value);
    }

    /** The record's position: its modified property (ISO or epoch ms), else {@code updatedAt}; and its id. */
    static Cursor position(JsonNode node, String modifiedProperty) {
        String value = properties(node).get(modifiedProperty);
        if (value == null && node.hasNonNull("updatedAt")) {
            value = node.get("updatedAt").asString();
        }
        return new Cursor(instant(value), node.get("id").asString());
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        String t = value.trim();
        if (t.matches("-?\\d+")) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static Map<String, String> properties(JsonNode node) {
        Map<String, String> map = new HashMap<>();
        JsonNode p = node.get("properties");
        if (p != null && p.isObject()) {
            p.properties().forEach(e -> map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        }
        return map;
    }

    /** Record ids are numbers: shorter is smaller. */
    static int compareIds(String a, String b) {
        if (a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
