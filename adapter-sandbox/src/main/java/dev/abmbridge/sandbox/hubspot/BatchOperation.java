package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One batch read / create / update / upsert: per-input outcomes, 200 (or 201) when all succeed, 207 otherwise. */
final class BatchOperation {

    private final HubSpotObjectStore store;
    private final RecordWriter writer;
    private final String startedAt;
    private final Clock clock;
    private final ArrayNode results = Json.array();
    private final ArrayNode errors = Json.array();

    BatchOperation(HubSpotObjectStore store, RecordWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
        this.startedAt = HubSpotTime.format(clock.instant());
    }

    EmulatorResponse run(String action, JsonNode body, JsonNode inputs) {
        switch (action) {
            case "read" -> read(body, inputs);
            case "update" -> inputs.forEach(this::update);
            case "create" -> inputs.forEach(this::create);
            case "upsert" -> {
                for (JsonNode input : inputs) {
                    upsert(input);
                }
            }
            default -> {
                return HubSpotJson.errorResponse(404, "OBJECT_NOT_FOUND", "Unknown batch action " + action);
            }
        }
        int okStatus = action.equals("create") ? 201 : 200;
        return HubSpotJson.batchResponse(okStatus, results, errors, startedAt, HubSpotTime.format(clock.instant()));
    }

    private void read(JsonNode body, JsonNode inputs) {
        List<String> properties = HubSpotJson.strings(body.get("properties"));
        String idProperty = Json.text(body, "idProperty");
        ArrayNode missing = Json.array();
        for (JsonNode input : inputs) {
            String id = Json.text(input, "id");
            HubSpotRecord record = idProperty == null ? store.find(id).orElse(null) : store.findByUnique(idProperty, id).orElse(null);
            if (record == null) {
                missing.add(id);
            } else {
                results.add(HubSpotJson.record(store, record, properties));
            }
        }
        if (!missing.isEmpty()) {
            ObjectNode error = errors.addObject();
            error.put("status", "error");
            error.put("category", "OBJECT_NOT_FOUND");
            error.put("message", "Could not get some " + store.type().name().replaceAll("S$", "") + " objects, they may be deleted or not exist. "
                    + "Check that ids are valid.");
            error.putObject("context").set("ids", missing);
        }
    }

    private void update(JsonNode input) {
        String id = Json.text(input, "id");
        String idProperty = Json.text(input, "idProperty");
        HubSpotRecord record = idProperty == null ? store.find(id == null ? "" : id).orElse(null)
                : store.findByUnique(idProperty, id).orElse(null);
        if (record == null) {
            notFound(id, input);
            return;
        }
        apply(record, input, id);
    }

    private void create(JsonNode input) {
        apply(null, input, null);
    }

    private void upsert(JsonNode input) {
        String id = Json.text(input, "id");
        String idProperty = Json.text(input, "idProperty");
        if (idProperty != null && store.catalog().property(idProperty).map(p -> !p.hasUniqueValue()).orElse(true)) {
            validationError(input, id, "idProperty " + idProperty + " is not a unique property of " + store.type().pathName());
            return;
        }
        HubSpotRecord record = idProperty == null ? store.find(id == null ? "" : id).orElse(null) : store.findByUnique(idProperty, id).orElse(null);
        java.util.Map<String, String> properties = ObjectsApi.propertyMap(input.get("properties"));
        if (record == null && idProperty != null) {
            properties.putIfAbsent(idProperty, id);
        }
        RecordWriter.Outcome outcome = writer.write(store, record, properties);
        if (!outcome.ok()) {
            failed(input, id, outcome);
            return;
        }
        ObjectNode result = HubSpotJson.record(store, outcome.record(), List.copyOf(properties.keySet()));
        result.put("new", record == null);
        results.add(result);
    }

    private void apply(HubSpotRecord record, JsonNode input, String id) {
        java.util.Map<String, String> properties = ObjectsApi.propertyMap(input.get("properties"));
        RecordWriter.Outcome outcome = writer.write(store, record, properties);
        if (!outcome.ok()) {
            failed(input, id, outcome);
            return;
        }
        results.add(HubSpotJson.record(store, outcome.record(), List.copyOf(properties.keySet())));
    }

    private void failed(JsonNode input, String id, RecordWriter.Outcome outcome) {
        ObjectNode error = HubSpotJson.propertyErrors(outcome.problems());
        error.remove("correlationId");
        context(error, input, id);
        errors.add(error);
    }

    private void validationError(JsonNode input, String id, String message) {
        ObjectNode error = HubSpotJson.error("VALIDATION_ERROR", message);
        error.remove("correlationId");
        context(error, input, id);
        errors.add(error);
    }

    private void notFound(String id, JsonNode input) {
        ObjectNode error = HubSpotJson.error("OBJECT_NOT_FOUND", "Object not found.  objectId are usually numeric.");
        error.remove("correlationId");
        context(error, input, id);
        errors.add(error);
    }

    private static void context(ObjectNode error, JsonNode input, String id) {
        ObjectNode context = error.putObject("context");
        if (id != null) {
            context.putArray("ids").add(id);
        }
        String trace = Json.text(input, "objectWriteTraceId");
        if (trace != null) {
            context.putArray("objectWriteTraceId").add(trace);
        }
    }
}
