package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One outcome per input of a batch write from HubSpot's answer: ids in {@code results} are written; each error
 * of a 207 names its inputs by {@code context.ids} or {@code context.objectWriteTraceId} (we send the record id as
 * trace id); locks and conflicts are retriable, everything else is a rejection with HubSpot's message.
 */
final class HubSpotBatchOutcomes {

    private static final Set<String> RETRIABLE = Set.of("CONFLICT", "LOCKED", "RATE_LIMITS", "RATE_LIMIT", "TIMEOUT");

    List<Outcome> of(Collection<String> ids, HubSpotReply reply) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (!reply.ok()) {
            String reason = "HubSpot answered " + reply.status() + ": " + reply.body().path("message").asString("");
            ids.forEach(id -> outcomes.put(id, Outcome.rejected(id, reason)));
            return List.copyOf(outcomes.values());
        }
        for (JsonNode error : reply.body().path("errors")) {
            String category = error.path("category").asString("");
            String reason = (category.isEmpty() ? "" : category + ": ") + error.path("message").asString("refused by HubSpot");
            for (String field : List.of("ids", "objectWriteTraceId", "id")) {
                for (JsonNode id : error.path("context").path(field)) {
                    String key = id.asString();
                    if (ids.contains(key)) {
                        outcomes.put(key, RETRIABLE.contains(category) ? Outcome.retriable(key, reason, null) : Outcome.rejected(key, reason));
                    }
                }
            }
        }
        for (JsonNode result : reply.body().path("results")) {
            String id = result.path("id").asString("");
            if (ids.contains(id)) {
                outcomes.putIfAbsent(id, Outcome.ok(id));
            }
        }
        boolean clean = reply.status() != 207 && reply.body().path("errors").isEmpty();
        for (String id : ids) {
            outcomes.computeIfAbsent(id, k -> clean ? Outcome.ok(k) : Outcome.retriable(k, "HubSpot reported no outcome for this record", null));
        }
        return List.copyOf(outcomes.values());
    }
}
