package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.client.LinkedInApiException;
import dev.abmbridge.linkedin.client.LinkedInJson;
import dev.abmbridge.linkedin.client.LinkedInResponse;
import dev.abmbridge.linkedin.client.LinkedInRestClient;
import dev.abmbridge.linkedin.client.RestLi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds or creates the DMP segment of an (audience, type): by the stored id first, then by LinkedIn's finder on
 * {@code sourceSegmentId} (so a lost registry never duplicates a segment), and only then creates it. Remembers
 * when it created one: LinkedIn takes streamed data about five seconds after creation.
 */
final class LinkedInSegments {

    private final LinkedInRestClient client;
    private final LinkedInConfig config;
    private final LinkedInSegmentRegistry registry;
    private final Clock clock;
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final Map<String, Instant> createdAt = new ConcurrentHashMap<>();

    LinkedInSegments(LinkedInRestClient client, LinkedInConfig config, LinkedInSegmentRegistry registry, Clock clock) {
        this.client = client;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    static String sourceSegmentId(String audienceId, LinkedInSegmentType type) {
        return audienceId + ":" + type;
    }

    /** The id of the audience's segment of this type, if one exists (no create). */
    Optional<String> find(String audienceId, LinkedInSegmentType type) {
        String cacheKey = audienceId + '\u0000' + type;
        String cached = known.get(cacheKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> stored = registry.segmentId(audienceId, type);
        if (stored.isPresent()) {
            try {
                JsonNode segment = client.get("dmpSegments/" + RestLi.pathKey(stored.get()), "");
                if (type.name().equals(LinkedInJson.text(segment, "type"))) {
                    known.put(cacheKey, stored.get());
                    return stored;
                }
            } catch (LinkedInApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        String query = RestLi.param("q", "account") + "&" + RestLi.param("account", config.adAccount()) + "&"
                + RestLi.param("sourceSegmentId", sourceSegmentId(audienceId, type)) + "&"
                + RestLi.param("sourcePlatform", config.sourcePlatform());
        for (JsonNode element : client.get("dmpSegments", query).path("elements")) {
            if (type.name().equals(LinkedInJson.text(element, "type"))
                    && sourceSegmentId(audienceId, type).equals(LinkedInJson.text(element, "sourceSegmentId"))) {
                String id = element.get("id").asString();
                registry.saveSegmentId(audienceId, type, id);
                known.put(cacheKey, id);
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The segment's id, created now if it does not exist. */
    String ensure(String audienceId, String displayName, LinkedInSegmentType type) {
        Optional<String> existing = find(audienceId, type);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode body = LinkedInJson.object();
        body.put("name", (displayName == null ? audienceId : displayName) + (type == LinkedInSegmentType.COMPANY
                ? " (companies)" : " (contacts)"));
        body.put("sourcePlatform", config.sourcePlatform());
        body.put("sourceSegmentId", sourceSegmentId(audienceId, type));
        body.put("account", config.adAccount());
        body.put("accessPolicy", "PRIVATE");
        body.put("type", type.name());
        body.put("description", "Kept current by ABM Bridge from playbook audience " + audienceId);
        body.putArray("destinations").addObject().put("destination", "LINKEDIN");
        LinkedInResponse response = client.post("dmpSegments", body, null);
        String id = response.header("x-restli-id").or(() -> response.header("x-linkedin-id"))
                .orElseThrow(() -> new LinkedInApiException(response.status(), null,
                        "segment created but LinkedIn returned no x-restli-id header"));
        registry.saveSegmentId(audienceId, type, id);
        known.put(audienceId + '\u0000' + type, id);
        createdAt.put(id, clock.instant());
        return id;
    }

    /** When this process created the segment, if it did. */
    Optional<Instant> createdAt(String segmentId) {
        return Optional.ofNullable(createdAt.get(segmentId));
    }

    JsonNode read(String segmentId) {
        return client.get("dmpSegments/" + RestLi.pathKey(segmentId), "");
    }
}
