package dev.abmbridge.hubspot;

import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** Live property definitions read from the portal ({@code GET /crm/properties/<v>/<type>/<name>}), cached per connection. */
final class HubSpotPropertyDefinitions {

    /** One property as the portal defines it. */
    record Definition(String name, String type, String fieldType, String groupName, List<String> options, Map<String, String> labels,
                      boolean readOnlyValue) {

        boolean multiSelect() {
            return type.equals("enumeration") && fieldType.equals("checkbox");
        }
    }

    private final HubSpotClient client;
    private final Map<String, Optional<Definition>> cache = new ConcurrentHashMap<>();

    HubSpotPropertyDefinitions(HubSpotClient client) {
        this.client = client;
    }

    /** Empty when the portal has no such property. */
    Optional<Definition> find(String objectType, String name) {
        return cache.computeIfAbsent(objectType + "/" + name, k -> load(objectType, name));
    }

    void forget() {
        cache.clear();
    }

    private Optional<Definition> load(String objectType, String name) {
        HubSpotReply reply = client.get(client.properties(objectType + "/" + name));
        if (reply.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(parse(reply.body()));
    }

    static Definition parse(JsonNode p) {
        List<String> options = new ArrayList<>();
        Map<String, String> labels = new java.util.HashMap<>();
        JsonNode list = p.get("options");
        if (list != null && list.isArray()) {
            for (JsonNode o : list) {
                String value = o.get("value").asString();
                labels.put(value, o.hasNonNull("label") ? o.get("label").asString() : value);
                if (!(o.hasNonNull("hidden") && o.get("hidden").asBoolean())) {
                    options.add(value);
                }
            }
        }
        JsonNode meta = p.get("modificationMetadata");
        boolean readOnly = meta != null && meta.hasNonNull("readOnlyValue") && meta.get("readOnlyValue").asBoolean();
        return new Definition(text(p, "name"), text(p, "type"), text(p, "fieldType"), text(p, "groupName"), List.copyOf(options), Map.copyOf(labels), readOnly);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asString() : "";
    }
}
