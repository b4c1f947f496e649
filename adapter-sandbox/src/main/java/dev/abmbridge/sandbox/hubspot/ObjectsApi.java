package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /crm/objects/2026-03/{type}…} and {@code /crm/v3/objects/{type}…}: list, get, create, update, search and batches. */
final class ObjectsApi {

    static final int BATCH_LIMIT = 100;
    static final int LIST_LIMIT = 100;

    private final HubSpotPortal portal;
    private final RecordWriter writer;
    private final ApiCallLedger ledger;

    ObjectsApi(HubSpotPortal portal, RecordWriter writer, ApiCallLedger ledger) {
        this.portal = portal;
        this.writer = writer;
        this.ledger = ledger;
    }

    /** {@code segments} = path after the objects prefix, e.g. [companies, batch, update]. */
    EmulatorResponse handle(EmulatorRequest request, List<String> segments) {
        HubSpotObjectType type = HubSpotObjectType.parse(segments.get(0)).orElse(null);
        if (type == null) {
            return HubSpotJson.errorResponse(400, "VALIDATION_ERROR", "Unable to infer object type from: " + segments.get(0));
        }
        HubSpotObjectStore store = portal.store(type);
        String op = type.pathName() + ":";
        if (segments.size() == 1) {
            return request.is("GET") ? list(request, store) : request.is("POST") ? create(request, store) : methodNotAllowed();
        }
        String second = segments.get(1);
        if (segments.size() == 2 && second.equals("search") && request.is("POST")) {
            return search(request, store);
        }
        if (segments.size() == 3 && second.equals("batch") && request.is("POST")) {
            ledger.record("hubspot", op + "batch/" + segments.get(2), 0);
            return batch(segments.get(2), Json.parse(request.body()), store);
        }
        if (segments.size() == 2) {
            if (request.is("GET")) {
                ledger.record("hubspot", op + "get", 1);
                return store.find(second).map(r -> EmulatorResponse.json(200, Json.write(HubSpotJson.record(store, r, properties(request)))))
                        .orElseGet(() -> notFound(second));
            }
            if (request.is("PATCH")) {
                return patch(request, store, second);
            }
        }
        return methodNotAllowed();
    }

    private EmulatorResponse list(EmulatorRequest request, HubSpotObjectStore store) {
        int limit = Math.min(LIST_LIMIT, Math.max(1, request.param("limit").map(Integer::parseInt).orElse(10)));
        long after = request.param("after").map(Long::parseLong).orElse(0L);
        List<HubSpotRecord> page = store.page(after, limit);
        ledger.record("hubspot", store.type().pathName() + ":list", Math.min(limit, page.size()));
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        List<String> properties = properties(request);
        page.stream().limit(limit).forEach(r -> results.add(HubSpotJson.record(store, r, properties)));
        if (page.size() > limit) {
            ObjectNode next = body.putObject("paging").putObject("next");
            next.put("after", String.valueOf(page.get(limit).id()));
            next.put("link", "?after=" + page.get(limit).id());
        }
        return EmulatorResponse.json(200, Json.write(body));
    }

    private EmulatorResponse search(EmulatorRequest request, HubSpotObjectStore store) {
        SearchRequest search;
        try {
            search = SearchRequest.parse(Json.parse(request.body()), store);
        } catch (IllegalArgumentException e) {
            return HubSpotJson.validation(e.getMessage());
        }
        SearchResult result = store.search(search);
        List<HubSpotRecord> page = result.page();
        int total = result.total();
        ledger.record("hubspot", store.type().pathName() + ":search", page.size());
        ObjectNode body = Json.object();
        body.put("total", total);
        ArrayNode results = body.putArray("results");
        page.forEach(r -> results.add(HubSpotJson.record(store, r, search.properties)));
        int end = search.after + search.limit;
        if (end < total) {
            body.putObject("paging").putObject("next").put("after", String.valueOf(end));
        }
        return EmulatorResponse.json(200, Json.write(body));
    }

    private EmulatorResponse create(EmulatorRequest request, HubSpotObjectStore store) {
        JsonNode body = Json.parse(request.body());
        ledger.record("hubspot", store.type().pathName() + ":create", 1);
        RecordWriter.Outcome outcome = writer.write(store, null, propertyMap(body == null ? null : body.get("properties")));
        if (!outcome.ok()) {
            return EmulatorResponse.json(400, Json.write(HubSpotJson.propertyErrors(outcome.problems())));
        }
        return EmulatorResponse.json(201, Json.write(HubSpotJson.record(store, outcome.record(), List.of())));
    }

    private EmulatorResponse patch(EmulatorRequest request, HubSpotObjectStore store, String id) {
        ledger.record("hubspot", store.type().pathName() + ":update", 1);
        HubSpotRecord record = store.find(id).orElse(null);
        if (record == null) {
            return notFound(id);
        }
        JsonNode body = Json.parse(request.body());
        RecordWriter.Outcome outcome = writer.write(store, record, propertyMap(body == null ? null : body.get("properties")));
        if (!outcome.ok()) {
            return EmulatorResponse.json(400, Json.write(HubSpotJson.propertyErrors(outcome.problems())));
        }
        return EmulatorResponse.json(200, Json.write(HubSpotJson.record(store, record, List.of())));
    }

    private EmulatorResponse batch(String action, JsonNode body, HubSpotObjectStore store) {
        JsonNode inputs = body == null ? null : body.get("inputs");
        if (inputs == null || !inputs.isArray()) {
            return HubSpotJson.validation("Invalid input JSON on line 1: inputs is required");
        }
        if (inputs.size() > BATCH_LIMIT) {
            return HubSpotJson.validation("Batch input limit exceeded: at most " + BATCH_LIMIT + " inputs are allowed, got " + inputs.size());
        }
        return new BatchOperation(store, writer, portal.clock()).run(action, body, inputs);
    }

    static Map<String, String> propertyMap(JsonNode properties) {
        Map<String, String> map = new LinkedHashMap<>();
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(e -> map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        }
        return map;
    }

    private static List<String> properties(EmulatorRequest request) {
        List<String> names = new ArrayList<>();
        for (String value : request.params("properties")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    private static EmulatorResponse notFound(String id) {
        ObjectNode body = HubSpotJson.error("OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.");
        body.putObject("context").putArray("id").add(id);
        return EmulatorResponse.json(404, Json.write(body));
    }

    private static EmulatorResponse methodNotAllowed() {
        return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
    }
}
