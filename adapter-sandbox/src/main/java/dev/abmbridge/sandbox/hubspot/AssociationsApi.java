package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Contact ↔ company associations (type 279 contact→company, 280 company→contact): read one, batch read, create default. */
final class AssociationsApi {

    static final int BATCH_READ_LIMIT = 1_000;

    private final HubSpotPortal portal;
    private final ApiCallLedger ledger;

    AssociationsApi(HubSpotPortal portal, ApiCallLedger ledger) {
        this.portal = portal;
        this.ledger = ledger;
    }

    /** {@code /crm/v4/associations/{from}/{to}/batch/read}. */
    EmulatorResponse batchRead(EmulatorRequest request, HubSpotObjectType from, HubSpotObjectType to) {
        JsonNode inputs = Json.parse(request.body()) == null ? null : Json.parse(request.body()).get("inputs");
        if (inputs == null || !inputs.isArray()) {
            return HubSpotJson.validation("Invalid input JSON: inputs is required");
        }
        if (inputs.size() > BATCH_READ_LIMIT) {
            return HubSpotJson.validation("Batch input limit exceeded: at most " + BATCH_READ_LIMIT + " inputs are allowed");
        }
        ledger.record("hubspot", "associations:batch/read", inputs.size());
        ArrayNode results = Json.array();
        ArrayNode errors = Json.array();
        for (JsonNode input : inputs) {
            String id = Json.text(input, "id");
            Set<Long> targets = from == to || portal.store(from).find(id).isEmpty() ? Set.of() : portal.associations(from, Long.parseLong(id));
            if (targets.isEmpty()) {
                ObjectNode error = errors.addObject();
                error.put("status", "error");
                error.put("category", "OBJECT_NOT_FOUND");
                error.put("subCategory", "crm.associations.NO_ASSOCIATIONS_FOUND");
                error.put("message", "No " + to.pathName() + " is associated with " + from.pathName() + " " + id + ".");
                ObjectNode context = error.putObject("context");
                context.putArray("fromObjectId").add(id);
                context.putArray("fromObjectType").add(from.pathName());
                context.putArray("toObjectType").add(to.pathName());
                continue;
            }
            ObjectNode result = results.addObject();
            result.putObject("from").put("id", id);
            ArrayNode toArray = result.putArray("to");
            targets.forEach(t -> toArray.add(target(from, t)));
        }
        return HubSpotJson.batchResponse(200, results, errors, HubSpotTime.format(portal.clock().instant()),
                HubSpotTime.format(portal.clock().instant()));
    }

    /** {@code …/objects/{type}/{id}/associations/{toType}} (GET) and {@code …/associations/default/{toType}/{toId}} (PUT). */
    EmulatorResponse objectAssociations(EmulatorRequest request, List<String> segments) {
        HubSpotObjectType from = HubSpotObjectType.parse(segments.get(0)).orElse(null);
        String id = segments.get(1);
        if (from == null || portal.store(from).find(id).isEmpty()) {
            return HubSpotJson.notFound("Object not found.  objectId are usually numeric.");
        }
        if (request.is("GET") && segments.size() == 4) {
            HubSpotObjectType to = HubSpotObjectType.parse(segments.get(3)).orElse(null);
            ledger.record("hubspot", "associations:get", 1);
            ObjectNode body = Json.object();
            ArrayNode results = body.putArray("results");
            if (to != null && to != from) {
                portal.associations(from, Long.parseLong(id)).forEach(t -> results.add(target(from, t)));
            }
            return EmulatorResponse.json(200, Json.write(body));
        }
        if (request.is("PUT") && segments.size() == 6 && segments.get(3).equals("default")) {
            HubSpotObjectType to = HubSpotObjectType.parse(segments.get(4)).orElse(null);
            String toId = segments.get(5);
            if (to == null || to == from || portal.store(to).find(toId).isEmpty()) {
                return HubSpotJson.notFound("Object not found.  objectId are usually numeric.");
            }
            ledger.record("hubspot", "associations:create", 1);
            long contact = from == HubSpotObjectType.CONTACTS ? Long.parseLong(id) : Long.parseLong(toId);
            long company = from == HubSpotObjectType.CONTACTS ? Long.parseLong(toId) : Long.parseLong(id);
            portal.associate(contact, company);
            ObjectNode body = Json.object();
            body.put("status", "COMPLETE");
            ObjectNode result = body.putArray("results").addObject();
            result.put("from", id);
            result.put("to", toId);
            result.put("associationSpec", from == HubSpotObjectType.CONTACTS ? 279 : 280);
            return EmulatorResponse.json(200, Json.write(body));
        }
        return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
    }

    private static ObjectNode target(HubSpotObjectType from, long toId) {
        ObjectNode node = Json.object();
        node.put("toObjectId", toId);
        ObjectNode type = node.putArray("associationTypes").addObject();
        type.put("category", "HUBSPOT_DEFINED");
        type.put("typeId", from == HubSpotObjectType.CONTACTS ? 279 : 280);
        type.putNull("label");
        return node;
    }
}
