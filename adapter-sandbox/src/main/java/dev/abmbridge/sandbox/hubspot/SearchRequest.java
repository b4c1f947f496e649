package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A CRM search body: filter groups (ORed; filters in a group ANDed), one sort, free-text query, page size
 * up to 200 and the integer {@code after} offset, with HubSpot's limits on all of them.
 */
final class SearchRequest {

    static final int MAX_LIMIT = 200;
    static final int MAX_RESULTS = 10_000;

    final Predicate<HubSpotRecord> filter;
    final Comparator<HubSpotRecord> order;
    final List<String> properties;
    final int limit;
    final int after;
    /** How the modified-date index serves this search; null when it cannot (the store is then scanned). */
    final IndexedSearchPlan plan;

    private SearchRequest(Predicate<HubSpotRecord> filter, Comparator<HubSpotRecord> order, List<String> properties, int limit, int after,
                          IndexedSearchPlan plan) {
        this.plan = plan;
        this.filter = filter;
        this.order = order;
        this.properties = properties;
        this.limit = limit;
        this.after = after;
    }

    /** Parses and checks a search body; throws {@link IllegalArgumentException} with HubSpot's message when it is invalid. */
    static SearchRequest parse(JsonNode body, HubSpotObjectStore store) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("Invalid input JSON: the request body must be a JSON object");
        }
        int limit = body.has("limit") ? body.get("limit").asInt() : 10;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        int after = 0;
        if (body.hasNonNull("after")) {
            try {
                after = Integer.parseInt(body.get("after").asString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("after must be formatted as an integer");
            }
        }
        if (after + limit > MAX_RESULTS) {
            throw new IllegalArgumentException("Paging beyond " + MAX_RESULTS + " results is not supported: after + limit must not exceed "
                    + MAX_RESULTS);
        }
        JsonNode groups = body.get("filterGroups");
        List<Predicate<HubSpotRecord>> groupFilters = new ArrayList<>();
        int totalFilters = 0;
        if (groups != null && groups.isArray()) {
            if (groups.size() > 5) {
                throw new IllegalArgumentException("Too many filter groups: at most 5 are allowed");
            }
            for (JsonNode group : groups) {
                List<Predicate<HubSpotRecord>> filters = new ArrayList<>();
                JsonNode list = group.get("filters");
                int count = list == null ? 0 : list.size();
                if (count > 6) {
                    throw new IllegalArgumentException("Too many filters in a group: at most 6 are allowed");
                }
                totalFilters += count;
                if (list != null) {
                    for (JsonNode f : list) {
                        filters.add(filter(f, store));
                    }
                }
                groupFilters.add(r -> filters.stream().allMatch(p -> p.test(r)));
            }
        }
        if (totalFilters > 18) {
            throw new IllegalArgumentException("Too many filters: at most 18 are allowed in total");
        }
        Predicate<HubSpotRecord> filter = groupFilters.isEmpty() ? r -> true : r -> groupFilters.stream().anyMatch(p -> p.test(r));
        String query = Json.text(body, "query");
        if (query != null && !query.isBlank()) {
            filter = filter.and(textMatch(query, store));
        }
        return new SearchRequest(filter, sort(body.get("sorts"), store), HubSpotJson.strings(body.get("properties")), limit, after,
                IndexedSearchPlan.of(body, store.type()));
    }

    private static Comparator<HubSpotRecord> sort(JsonNode sorts, HubSpotObjectStore store) {
        Comparator<HubSpotRecord> byId = Comparator.comparingLong(HubSpotRecord::id);
        if (sorts == null || !sorts.isArray() || sorts.isEmpty()) {
            return byId;
        }
        if (sorts.size() > 1) {
            throw new IllegalArgumentException("Only one sort is allowed");
        }
        JsonNode sort = sorts.get(0);
        String name;
        boolean descending;
        if (sort.isString()) {
            name = sort.asString().startsWith("-") ? sort.asString().substring(1) : sort.asString();
            descending = sort.asString().startsWith("-");
        } else {
            name = Json.text(sort, "propertyName");
            descending = "DESCENDING".equalsIgnoreCase(Json.text(sort, "direction"));
        }
        HubSpotProperty property = known(store, name);
        Comparator<String> values = (a, b) -> compare(property, a, b);
        Comparator<HubSpotRecord> comparator = Comparator.comparing(r -> store.value(r, property.name()),
                Comparator.nullsLast(descending ? values.reversed() : values));
        return comparator.thenComparing(byId);
    }

    private static Predicate<HubSpotRecord> filter(JsonNode f, HubSpotObjectStore store) {
        String name = Json.text(f, "propertyName");
        String operator = Json.text(f, "operator") == null ? "EQ" : Json.text(f, "operator");
        HubSpotProperty property = known(store, name);
        String value = Json.text(f, "value");
        String high = Json.text(f, "highValue");
        List<String> values = HubSpotJson.strings(f.get("values"));
        return switch (operator) {
            case "EQ" -> r -> equal(property, store.value(r, name), value);
            case "NEQ" -> r -> !equal(property, store.value(r, name), value);
            case "LT" -> r -> holds(compareTo(property, store.value(r, name), value), c -> c < 0);
            case "LTE" -> r -> holds(compareTo(property, store.value(r, name), value), c -> c <= 0);
            case "GT" -> r -> holds(compareTo(property, store.value(r, name), value), c -> c > 0);
            case "GTE" -> r -> holds(compareTo(property, store.value(r, name), value), c -> c >= 0);
            case "BETWEEN" -> r -> holds(compareTo(property, store.value(r, name), value), c -> c >= 0)
                    && holds(compareTo(property, store.value(r, name), high), c -> c <= 0);
            case "IN" -> r -> values.stream().anyMatch(v -> equal(property, store.value(r, name), v));
            case "NOT_IN" -> r -> values.stream().noneMatch(v -> equal(property, store.value(r, name), v));
            case "HAS_PROPERTY" -> r -> store.value(r, name) != null;
            case "NOT_HAS_PROPERTY" -> r -> store.value(r, name) == null;
            case "CONTAINS_TOKEN" -> r -> containsToken(store.value(r, name), value);
            case "NOT_CONTAINS_TOKEN" -> r -> !containsToken(store.value(r, name), value);
            default -> throw new IllegalArgumentException("Unknown operator " + operator);
        };
    }

    private static HubSpotProperty known(HubSpotObjectStore store, String name) {
        return store.catalog().property(name == null ? "" : name)
                .orElseThrow(() -> new IllegalArgumentException("There was a problem with the request: property " + name + " does not exist"));
    }

    private static Predicate<HubSpotRecord> textMatch(String query, HubSpotObjectStore store) {
        String q = query.toLowerCase(Locale.ROOT);
        List<String> searchable = store.type() == HubSpotObjectType.COMPANIES ? List.of("name", "domain", "website")
                : List.of("firstname", "lastname", "email", "company");
        return r -> searchable.stream().map(p -> store.value(r, p)).anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(q));
    }

    private static boolean containsToken(String value, String token) {
        if (value == null || token == null) {
            return false;
        }
        String pattern = token.toLowerCase(Locale.ROOT).replace("*", "");
        return value.toLowerCase(Locale.ROOT).contains(pattern);
    }

    private static boolean equal(HubSpotProperty property, String stored, String value) {
        if (stored == null || value == null) {
            return stored == null && value == null;
        }
        if (property.multiSelect()) {
            return List.of(stored.split(";")).contains(value);
        }
        return compare(property, stored, value) == 0;
    }

    /** Ordering of a stored value against a bound; null when either is missing (a missing value never matches a range). */
    private static Integer compareTo(HubSpotProperty property, String stored, String bound) {
        return stored == null || bound == null ? null : compare(property, stored, bound);
    }

    private static boolean holds(Integer comparison, java.util.function.IntPredicate test) {
        return comparison != null && test.test(comparison);
    }

    static int compare(HubSpotProperty property, String a, String b) {
        switch (property.type()) {
            case "datetime", "date" -> {
                Long x = HubSpotTime.millis(a);
                Long y = HubSpotTime.millis(b);
                if (x != null && y != null) {
                    return Long.compare(x, y);
                }
            }
            case "number" -> {
                try {
                    return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim()));
                } catch (NumberFormatException e) {
                    // fall through to text comparison
                }
            }
            case "enumeration" -> {
                return a.compareTo(b);
            }
            default -> {
            }
        }
        return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
    }
}
