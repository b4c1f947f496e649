package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /crm/properties/2026-03/{type}…}: read and create properties and property groups, with HubSpot's checks. */
final class PropertiesApi {

    private static final Map<String, Set<String>> FIELD_TYPES = Map.of(
            "bool", Set.of("booleancheckbox", "calculation_equation"),
            "enumeration", Set.of("booleancheckbox", "checkbox", "radio", "select", "calculation_equation"),
            "date", Set.of("date"),
            "datetime", Set.of("date"),
            "string", Set.of("text", "textarea", "html", "phonenumber", "file", "calculation_equation"),
            "number", Set.of("number", "calculation_equation"),
            "phone_number", Set.of("phonenumber"));

    private final HubSpotPortal portal;
    private final ApiCallLedger ledger;

    PropertiesApi(HubSpotPortal portal, ApiCallLedger ledger) {
        this.portal = portal;
        this.ledger = ledger;
    }

    EmulatorResponse handle(EmulatorRequest request, List<String> segments) {
        HubSpotObjectType type = HubSpotObjectType.parse(segments.get(0)).orElse(null);
        if (type == null) {
            return HubSpotJson.errorResponse(400, "VALIDATION_ERROR", "Unable to infer object type from: " + segments.get(0));
        }
        PropertyCatalog catalog = portal.store(type).catalog();
        ledger.record("hubspot", "properties:" + request.method().toLowerCase(java.util.Locale.ROOT), 1);
        if (segments.size() >= 2 && segments.get(1).equals("groups")) {
            return groups(request, catalog, segments.size() > 2 ? segments.get(2) : null);
        }
        if (segments.size() == 1) {
            if (request.is("GET")) {
                ObjectNode body = Json.object();
                ArrayNode results = body.putArray("results");
                catalog.properties().forEach(p -> results.add(json(p)));
                return EmulatorResponse.json(200, Json.write(body));
            }
            if (request.is("POST")) {
                return create(catalog, Json.parse(request.body()));
            }
        }
        if (segments.size() == 2 && request.is("GET")) {
            return catalog.property(segments.get(1)).map(p -> EmulatorResponse.json(200, Json.write(json(p))))
                    .orElseGet(() -> HubSpotJson.notFound("Unable to find property with name: " + segments.get(1)));
        }
        return HubSpotJson.errorResponse(405, "VALIDATION_ERROR", "HTTP method not allowed on this resource");
    }

    private EmulatorResponse create(PropertyCatalog catalog, JsonNode body) {
        if (body == null) {
            return HubSpotJson.validation("Invalid input JSON");
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("name", "label", "type", "fieldType", "groupName")) {
            if (Json.text(body, required) == null || Json.text(body, required).isBlank()) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            return HubSpotJson.validation("Some required fields were not set: " + missing);
        }
        String name = Json.text(body, "name");
        String type = Json.text(body, "type");
        String fieldType = Json.text(body, "fieldType");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            return HubSpotJson.validation("Property name " + name + " must start with a lowercase letter and contain only lowercase "
                    + "letters, digits and underscores");
        }
        if (!FIELD_TYPES.containsKey(type) || !FIELD_TYPES.get(type).contains(fieldType)) {
            return HubSpotJson.validation("Property type " + type + " is not compatible with fieldType " + fieldType);
        }
        if (catalog.group(Json.text(body, "groupName")).isEmpty()) {
            return HubSpotJson.validation("Property group " + Json.text(body, "groupName") + " does not exist");
        }
        if (catalog.property(name).isPresent()) {
            return HubSpotJson.errorResponse(409, "OBJECT_ALREADY_EXISTS", "Property named '" + name + "' already exists.");
        }
        List<PropertyOption> options = new ArrayList<>();
        JsonNode optionNodes = body.get("options");
        if (optionNodes != null && optionNodes.isArray()) {
            for (JsonNode o : optionNodes) {
                if (Json.text(o, "label") == null || Json.text(o, "value") == null) {
                    return HubSpotJson.validation("Each option needs a label and a value");
                }
                options.add(new PropertyOption(Json.text(o, "label"), Json.text(o, "value"),
                        o.has("displayOrder") ? o.get("displayOrder").asInt() : options.size(), o.has("hidden") && o.get("hidden").asBoolean()));
            }
        }
        if (type.equals("enumeration") && options.isEmpty()) {
            return HubSpotJson.validation("Enumeration properties need at least one option");
        }
        HubSpotProperty property = new HubSpotProperty(name, Json.text(body, "label"), type, fieldType, Json.text(body, "groupName"),
                Json.text(body, "description") == null ? "" : Json.text(body, "description"), options,
                body.has("hasUniqueValue") && body.get("hasUniqueValue").asBoolean(), false, false,
                body.has("displayOrder") ? body.get("displayOrder").asInt() : -1);
        catalog.define(property);
        return EmulatorResponse.json(201, Json.write(json(property)));
    }

    private EmulatorResponse groups(EmulatorRequest request, PropertyCatalog catalog, String groupName) {
        if (groupName != null) {
            return catalog.group(groupName).filter(g -> request.is("GET")).map(g -> EmulatorResponse.json(200, Json.write(json(g))))
                    .orElseGet(() -> HubSpotJson.notFound("Unable to find group with name: " + groupName));
        }
        if (request.is("GET")) {
            ObjectNode body = Json.object();
            ArrayNode results = body.putArray("results");
            catalog.groups().forEach(g -> results.add(json(g)));
            return EmulatorResponse.json(200, Json.write(body));
        }
        JsonNode body = Json.parse(request.body());
        String name = Json.text(body, "name");
        String label = Json.text(body, "label");
        if (name == null || label == null) {
            return HubSpotJson.validation("Some required fields were not set: [name, label]");
        }
        if (catalog.group(name).isPresent()) {
            return HubSpotJson.errorResponse(409, "OBJECT_ALREADY_EXISTS", "Group named '" + name + "' already exists.");
        }
        PropertyGroup group = new PropertyGroup(name, label, body.has("displayOrder") ? body.get("displayOrder").asInt() : -1);
        catalog.defineGroup(group);
        return EmulatorResponse.json(201, Json.write(json(group)));
    }

    static ObjectNode json(HubSpotProperty p) {
        ObjectNode node = Json.object();
        node.put("name", p.name());
        node.put("label", p.label());
        node.put("type", p.type());
        node.put("fieldType", p.fieldType());
        node.put("description", p.description());
        node.put("groupName", p.groupName());
        ArrayNode options = node.putArray("options");
        for (PropertyOption o : p.options()) {
            ObjectNode option = options.addObject();
            option.put("label", o.label());
            option.put("value", o.value());
            option.put("displayOrder", o.displayOrder());
            option.put("hidden", o.hidden());
        }
        node.put("displayOrder", p.displayOrder());
        node.put("calculated", false);
        node.put("externalOptions", false);
        node.put("hasUniqueValue", p.hasUniqueValue());
        node.put("hidden", false);
        node.put("hubspotDefined", p.hubspotDefined());
        ObjectNode meta = node.putObject("modificationMetadata");
        meta.put("archivable", !p.hubspotDefined());
        meta.put("readOnlyDefinition", p.hubspotDefined());
        meta.put("readOnlyValue", p.readOnlyValue());
        node.put("formField", !p.readOnlyValue());
        node.put("archived", false);
        return node;
    }

    private static ObjectNode json(PropertyGroup g) {
        ObjectNode node = Json.object();
        node.put("name", g.name());
        node.put("label", g.label());
        node.put("displayOrder", g.displayOrder());
        node.put("archived", false);
        return node;
    }
}
