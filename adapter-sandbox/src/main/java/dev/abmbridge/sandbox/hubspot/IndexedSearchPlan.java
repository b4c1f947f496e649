package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * How a search can use the modified-date index instead of scanning the store: the key ranges its filter groups
 * bound it to (merged, ascending) and whether the ranges alone give its {@code total}. A search has a plan only
 * when it is sorted ascending by the modified date (or by id with every group pinned to one instant), because the
 * index's order must be the order asked; every record a walk meets is still tested against the full filter, so
 * the plan can only narrow which records are looked at, never change which match.
 *
 * @param ranges      disjoint key ranges covering every record any filter group can match, ascending
 * @param exact       every group is a key range, less the ids of its {@code NOT_IN}: the total is the ranges'
 *                    size less those excluded ids; otherwise the total is counted by walking the ranges
 * @param excluded    the ids of every group's {@code NOT_IN} (only for an exact plan)
 */
record IndexedSearchPlan(List<KeyRange> ranges, boolean exact, Set<Long> excluded) {

    private static final String ID = "hs_object_id";

    private static final List<String> RANGE_OPERATORS = List.of("EQ", "GT", "GTE", "LT", "LTE", "BETWEEN");

    /** Inclusive bounds on a long; empty when {@code low > high}. */
    private record Span(long low, long high) {

        static final Span ALL = new Span(Long.MIN_VALUE, Long.MAX_VALUE);
        static final Span NONE = new Span(Long.MAX_VALUE, Long.MIN_VALUE);

        /** The values a range operator lets through ({@code high} only for BETWEEN). */
        static Span of(String operator, long value, long high) {
            return switch (operator) {
                case "EQ" -> new Span(value, value);
                case "GT" -> value == Long.MAX_VALUE ? NONE : new Span(value + 1, Long.MAX_VALUE);
                case "GTE" -> new Span(value, Long.MAX_VALUE);
                case "LT" -> value == Long.MIN_VALUE ? NONE : new Span(Long.MIN_VALUE, value - 1);
                case "LTE" -> new Span(Long.MIN_VALUE, value);
                case "BETWEEN" -> new Span(value, high);
                default -> throw new IllegalArgumentException(operator);
            };
        }

        Span and(Span other) {
            return new Span(Math.max(low, other.low), Math.min(high, other.high));
        }

        boolean isEmpty() {
            return low > high;
        }
    }

    /** One filter group narrowed to bounds on the modified instant and the id, plus what the bounds do not express. */
    private static final class GroupBounds {
        Span millis = Span.ALL;
        Span ids = Span.ALL;
        boolean residual;
        final Set<Long> notIn = new HashSet<>();

        boolean pinned() {
            return millis.low() == millis.high();
        }

        boolean isEmpty() {
            return millis.isEmpty() || ids.isEmpty();
        }

        /** Inside one instant the ids bound the keys too; across instants they cannot (the range spans every id). */
        KeyRange range() {
            if (pinned()) {
                return new KeyRange(new ModifiedKey(millis.low(), ids.low()), new ModifiedKey(millis.high(), ids.high()));
            }
            return new KeyRange(new ModifiedKey(millis.low(), Long.MIN_VALUE), new ModifiedKey(millis.high(), Long.MAX_VALUE));
        }

        /** Whether the range is all the group asks, apart from its NOT_IN ids. */
        boolean exact() {
            return !residual && (pinned() || ids.equals(Span.ALL));
        }
    }

    /** The plan of a valid search body, or null when the index cannot serve it (the search then scans the store). */
    static IndexedSearchPlan of(JsonNode body, HubSpotObjectType type) {
        JsonNode sorts = body.get("sorts");
        if (sorts == null || !sorts.isArray() || sorts.size() != 1) {
            return null;
        }
        JsonNode sort = sorts.get(0);
        String sortBy;
        boolean descending;
        if (sort.isString()) {
            descending = sort.asString().startsWith("-");
            sortBy = descending ? sort.asString().substring(1) : sort.asString();
        } else {
            sortBy = Json.text(sort, "propertyName");
            descending = "DESCENDING".equalsIgnoreCase(Json.text(sort, "direction"));
        }
        String modified = type.lastModifiedProperty();
        // Descending, search still breaks ties by ascending id, which is not the index's reverse order: scan.
        if (descending || !modified.equals(sortBy) && !ID.equals(sortBy)) {
            return null;
        }
        List<GroupBounds> groups = new ArrayList<>();
        JsonNode filterGroups = body.get("filterGroups");
        if (filterGroups != null && filterGroups.isArray()) {
            for (JsonNode group : filterGroups) {
                GroupBounds bounds = bounds(group.get("filters"), modified);
                if (bounds == null) {
                    return null;
                }
                groups.add(bounds);
            }
        }
        if (groups.isEmpty()) {
            groups.add(new GroupBounds());
        }
        // Sorted by id, the index's (instant, id) order is the id order only inside one instant.
        if (ID.equals(sortBy) && !(groups.stream().allMatch(GroupBounds::pinned)
                && groups.stream().mapToLong(g -> g.millis.low()).distinct().count() == 1)) {
            return null;
        }
        String query = Json.text(body, "query");
        boolean exact = (query == null || query.isBlank()) && groups.stream().allMatch(GroupBounds::exact);
        Set<Long> excluded = new HashSet<>();
        List<KeyRange> ranges = new ArrayList<>();
        for (GroupBounds g : groups) {
            if (!g.isEmpty()) {
                ranges.add(g.range());
                excluded.addAll(g.notIn);
            }
        }
        return new IndexedSearchPlan(merge(ranges), exact, exact ? Set.copyOf(excluded) : Set.of());
    }

    /** The bounds of one group's filters; null when a modified-date filter's value is not a date (search compares it as text). */
    private static GroupBounds bounds(JsonNode filters, String modified) {
        GroupBounds g = new GroupBounds();
        if (filters == null) {
            return g;
        }
        for (JsonNode f : filters) {
            String name = Json.text(f, "propertyName");
            String operator = Json.text(f, "operator") == null ? "EQ" : Json.text(f, "operator");
            if (modified.equals(name)) {
                if (!modifiedBound(g, operator, f)) {
                    return null;
                }
            } else if (ID.equals(name)) {
                idBound(g, operator, f);
            } else {
                g.residual = true;
            }
        }
        return g;
    }

    private static boolean modifiedBound(GroupBounds g, String operator, JsonNode f) {
        if (!RANGE_OPERATORS.contains(operator)) {
            g.residual = true;
            return true;
        }
        Long value = HubSpotTime.millis(Json.text(f, "value"));
        Long high = operator.equals("BETWEEN") ? HubSpotTime.millis(Json.text(f, "highValue")) : value;
        if (value == null || high == null) {
            return false;
        }
        g.millis = g.millis.and(Span.of(operator, value, high));
        return true;
    }

    private static void idBound(GroupBounds g, String operator, JsonNode f) {
        if (operator.equals("NOT_IN")) {
            List<Long> ids = HubSpotJson.strings(f.get("values")).stream().map(IndexedSearchPlan::id).toList();
            if (ids.contains(null)) {
                g.residual = true;
            } else {
                g.notIn.addAll(ids);
            }
            return;
        }
        Long value = id(Json.text(f, "value"));
        if (value == null || operator.equals("BETWEEN") || !RANGE_OPERATORS.contains(operator)) {
            g.residual = true;
            return;
        }
        g.ids = g.ids.and(Span.of(operator, value, value));
    }

    private static Long id(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<KeyRange> merge(List<KeyRange> ranges) {
        List<KeyRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(KeyRange::low));
        List<KeyRange> merged = new ArrayList<>();
        for (KeyRange r : sorted) {
            KeyRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.low().compareTo(last.high()) <= 0) {
                merged.set(merged.size() - 1, new KeyRange(last.low(), r.high().compareTo(last.high()) > 0 ? r.high() : last.high()));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }
}
