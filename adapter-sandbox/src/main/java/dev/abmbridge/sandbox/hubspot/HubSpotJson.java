package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** HubSpot's JSON shapes: SimplePublicObject, error bodies and batch responses. */
final class HubSpotJson {

    private static final Map<HubSpotObjectType, List<String>> DEFAULT_PROPERTIES = Map.of(
            HubSpotObjectType.COMPANIES, List.of("name", "domain", "createdate", "hs_lastmodifieddate", "hs_object_id"),
            HubSpotObjectType.CONTACTS, List.of("firstname", "lastname", "email", "lastmodifieddate", "hs_object_id", "createdate"));

    private HubSpotJson() {
    }

    static ObjectNode record(HubSpotObjectStore store, HubSpotRecord record, Collection<String> requested) {
        ObjectNode node = Json.object();
        node.put("id", String.valueOf(record.id()));
        ObjectNode properties = node.putObject("properties");
        Set<String> names = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            names.addAll(DEFAULT_PROPERTIES.get(store.type()));
        } else {
            names.addAll(requested);
            names.add("hs_object_id");
            names.add("createdate");
            names.add(store.type().lastModifiedProperty());
        }
        for (String name : names) {
            if (store.catalog().column(name) >= 0) {
                properties.put(name, store.value(record, name));
            }
        }
        node.put("createdAt", HubSpotTime.format(record.createdAt()));
        node.put("updatedAt", HubSpotTime.format(record.updatedAt()));
        node.put("archived", false);
        return node;
    }

    static ObjectNode error(String category, String message) {
        ObjectNode node = Json.object();
        node.put("status", "error");
        node.put("message", message);
        node.put("correlationId", UUID.randomUUID().toString());
        node.put("category", category);
        return node;
    }

    static EmulatorResponse errorResponse(int status, String category, String message) {
        return EmulatorResponse.json(status, Json.write(error(category, message)));
    }

    static EmulatorResponse validation(String message) {
        return errorResponse(400, "VALIDATION_ERROR", message);
    }

    static EmulatorResponse notFound(String message) {
        return errorResponse(404, "OBJECT_NOT_FOUND", message);
    }

    /** A VALIDATION_ERROR body listing the refused property values the way HubSpot does. */
    static ObjectNode propertyErrors(List<PropertyProblem> problems) {
        ArrayNode details = Json.array();
        ArrayNode errors = Json.array();
        for (PropertyProblem p : problems) {
            ObjectNode d = details.addObject();
            d.put("isValid", false);
            d.put("message", p.message());
            d.put("error", p.error());
            d.put("name", p.name());
            ObjectNode e = errors.addObject();
            e.put("message", p.message());
            e.put("code", p.error());
            e.putObject("context").putArray("propertyName").add(p.name());
        }
        ObjectNode node = error("VALIDATION_ERROR", "Property values were not valid: " + Json.write(details));
        node.set("errors", errors);
        return node;
    }

    static ObjectNode batch(ArrayNode results, ArrayNode errors, String startedAt, String completedAt) {
        ObjectNode node = Json.object();
        node.put("status", "COMPLETE");
        node.set("results", results);
        if (!errors.isEmpty()) {
            node.put("numErrors", errors.size());
            node.set("errors", errors);
        }
        node.put("startedAt", startedAt);
        node.put("completedAt", completedAt);
        return node;
    }

    static EmulatorResponse batchResponse(int okStatus, ArrayNode results, ArrayNode errors, String startedAt, String completedAt) {
        return EmulatorResponse.json(errors.isEmpty() ? okStatus : 207, Json.write(batch(results, errors, startedAt, completedAt)));
    }

    static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
