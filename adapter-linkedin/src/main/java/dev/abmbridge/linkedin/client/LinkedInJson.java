package dev.abmbridge.linkedin.client;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The one Jackson 3 mapper of the connector. */
public final class LinkedInJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private LinkedInJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The parsed body; an empty object for an empty or unparseable body (error pages are not always JSON). */
    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return object();
        }
        try {
            return MAPPER.readTree(text);
        } catch (RuntimeException e) {
            return object();
        }
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A text field, or null when missing or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public static long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? 0 : value.asLong();
    }
}
