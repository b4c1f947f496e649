package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /crm/lists/2026-03…}: create and find lists; add, remove and read memberships of MANUAL and SNAPSHOT lists. */
final class ListsApi {

    static final int MEMBERSHIP_PAGE_LIMIT = 250;

    private final HubSpotPortal portal;
    private final ApiCallLedger ledger;

    ListsApi(HubSpotPortal portal, ApiCallLedger ledger) {
        this.portal = portal;
        this.ledger = ledger;
    }

    /** {@code segments} = path after the lists prefix (may be empty). */
    EmulatorResponse handle(EmulatorRequest request, List<String> segments) {
        if (segments.isEmpty() && request.is("POST")) {
            return create(Json.parse(request.body()));
        }
        if (segments.size() == 4 && segments.get(0).equals("object-type-id") && segments.get(2).equals("name") && request.is("GET")) {
            ledger.record("hubspot", "lists:get", 0);
            HubSpotObjectType type = HubSpotObjectType.parse(segments.get(1)).orElse(null);
            return (type == null ? java.util.Optional.<HubSpotList>empty() : portal.listByName(type, segments.get(3)))
                    .map(l -> EmulatorResponse.json(200, Json.write(wrap(l)))).orElseGet(() -> listNotFound(segments.get(3)));
        }
        if (segments.isEmpty()) {
            return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
        }
        HubSpotList list = portal.list(segments.get(0)).orElse(null);
        if (list == null) {
            return listNotFound(segments.get(0));
        }
        if (segments.size() == 1 && request.is("GET")) {
            ledger.record("hubspot", "lists:get", 0);
            return EmulatorResponse.json(200, Json.write(wrap(list)));
        }
        if (segments.size() >= 2 && segments.get(1).equals("memberships")) {
            return memberships(request, list, segments.size() > 2 ? segments.get(2) : null);
        }
        return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
    }

    private EmulatorResponse create(JsonNode body) {
        ledger.record("hubspot", "lists:create", 0);
        String name = Json.text(body, "name");
        String processingType = Json.text(body, "processingType");
        HubSpotObjectType type = HubSpotObjectType.parse(String.valueOf(Json.text(body, "objectTypeId"))).orElse(null);
        if (name == null || name.isBlank() || type == null || processingType == null) {
            return HubSpotJson.validation("name, objectTypeId and processingType are required");
        }
        if (!List.of("MANUAL", "DYNAMIC", "SNAPSHOT").contains(processingType)) {
            return HubSpotJson.validation("processingType must be one of MANUAL, DYNAMIC, SNAPSHOT");
        }
        if (processingType.equals("DYNAMIC") && (body.get("filterBranch") == null || body.get("filterBranch").isNull())) {
            return HubSpotJson.validation("DYNAMIC lists need a filterBranch");
        }
        if (portal.listByName(type, name).isPresent()) {
            return HubSpotJson.validation("A list named '" + name + "' already exists");
        }
        return EmulatorResponse.json(200, Json.write(wrap(portal.createList(name, type, processingType))));
    }

    private EmulatorResponse memberships(EmulatorRequest request, HubSpotList list, String action) {
        if (action == null && request.is("GET")) {
            return readMemberships(request, list);
        }
        if (!list.acceptsManualMemberships()) {
            return HubSpotJson.validation("List " + list.listId() + " is a " + list.processingType()
                    + " list; memberships can only be changed on MANUAL and SNAPSHOT lists");
        }
        Instant now = portal.clock().instant();
        if (action == null && request.is("DELETE")) {
            ledger.record("hubspot", "lists:memberships/clear", 0);
            list.clear(now);
            return EmulatorResponse.empty(204);
        }
        JsonNode body = Json.parse(request.body());
        List<String> toAdd;
        List<String> toRemove;
        switch (action == null ? "" : action) {
            case "add" -> {
                toAdd = HubSpotJson.strings(body);
                toRemove = List.of();
            }
            case "remove" -> {
                toAdd = List.of();
                toRemove = HubSpotJson.strings(body);
            }
            case "add-and-remove" -> {
                toAdd = HubSpotJson.strings(body == null ? null : body.get("recordIdsToAdd"));
                toRemove = HubSpotJson.strings(body == null ? null : body.get("recordIdsToRemove"));
            }
            default -> {
                return HubSpotJson.errorResponse(404, "OBJECT_NOT_FOUND", "Unknown memberships action " + action);
            }
        }
        if (!request.is("PUT")) {
            return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
        }
        if (body == null || (action.equals("add-and-remove") ? !body.isObject() : !body.isArray())) {
            return HubSpotJson.validation("Invalid input JSON for memberships/" + action);
        }
        ledger.record("hubspot", "lists:memberships/" + action, toAdd.size() + toRemove.size());
        ObjectNode result = Json.object();
        ArrayNode added = result.putArray("recordsIdsAdded");
        ArrayNode removed = result.putArray("recordIdsRemoved");
        ArrayNode missing = result.putArray("recordIdsMissing");
        HubSpotObjectStore store = portal.store(list.objectType());
        for (String id : toAdd) {
            if (store.find(id).isEmpty()) {
                missing.add(id);
            } else if (list.add(Long.parseLong(id.trim()), now)) {
                added.add(id);
            }
        }
        for (String id : toRemove) {
            if (store.find(id).isEmpty()) {
                missing.add(id);
            } else if (list.remove(Long.parseLong(id.trim()), now)) {
                removed.add(id);
            }
        }
        return EmulatorResponse.json(200, Json.write(result));
    }

    private EmulatorResponse readMemberships(EmulatorRequest request, HubSpotList list) {
        int limit = request.param("limit").map(Integer::parseInt).orElse(100);
        if (limit < 1 || limit > MEMBERSHIP_PAGE_LIMIT) {
            return HubSpotJson.validation("limit must be between 1 and " + MEMBERSHIP_PAGE_LIMIT);
        }
        long after = request.param("after").map(Long::parseLong).orElse(Long.MIN_VALUE);
        NavigableMap<Long, Instant> members = list.members();
        ObjectNode body = Json.object();
        ArrayNode results = body.putArray("results");
        Long last = null;
        for (Map.Entry<Long, Instant> member : members.tailMap(after, false).entrySet()) {
            if (results.size() == limit) {
                body.putObject("paging").putObject("next").put("after", String.valueOf(last));
                break;
            }
            ObjectNode row = results.addObject();
            row.put("recordId", String.valueOf(member.getKey()));
            row.put("membershipTimestamp", HubSpotTime.format(member.getValue()));
            last = member.getKey();
        }
        body.put("total", members.size());
        ledger.record("hubspot", "lists:memberships/read", results.size());
        return EmulatorResponse.json(200, Json.write(body));
    }

    private static ObjectNode wrap(HubSpotList list) {
        ObjectNode body = Json.object();
        ObjectNode node = body.putObject("list");
        node.put("listId", list.listId());
        node.put("listVersion", list.version());
        node.put("createdAt", HubSpotTime.format(list.createdAt()));
        node.put("updatedAt", HubSpotTime.format(list.updatedAt()));
        node.put("processingStatus", "COMPLETE");
        node.put("processingType", list.processingType());
        node.put("objectTypeId", list.objectType().typeId());
        node.put("name", list.name());
        node.put("size", list.members().size());
        ObjectNode permissions = node.putObject("listPermissions");
        permissions.putArray("teamsWithEditAccess");
        permissions.putArray("usersWithEditAccess");
        return body;
    }

    private static EmulatorResponse listNotFound(String id) {
        return HubSpotJson.notFound("List " + id + " does not exist.");
    }
}
