package dev.abmbridge.hubspot;

import dev.abmbridge.hubspot.client.HubSpotClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Contact → company through the associations API (batch read, up to 1,000 contacts per call), for contacts whose
 * primary company id is empty. The primary association (type 1) wins, else the lowest company id. A contact with no
 * association is simply absent (HubSpot answers 207 with NO_ASSOCIATIONS_FOUND for it).
 */
final class HubSpotContactCompanies {

    static final int BATCH = 1_000;

    private final HubSpotClient client;

    HubSpotContactCompanies(HubSpotClient client) {
        this.client = client;
    }

    Map<String, String> companiesOf(List<String> contactIds) {
        Map<String, String> result = new HashMap<>();
        for (int i = 0; i < contactIds.size(); i += BATCH) {
            List<String> chunk = contactIds.subList(i, Math.min(contactIds.size(), i + BATCH));
            JsonNode reply = client.post(client.associations("contacts/companies/batch/read"),
                    Map.of("inputs", chunk.stream().map(id -> Map.of("id", id)).toList())).body();
            JsonNode results = reply.get("results");
            if (results == null) {
                continue;
            }
            for (JsonNode r : results) {
                String from = r.get("from").get("id").asString();
                String chosen = null;
                boolean primary = false;
                for (JsonNode to : r.get("to")) {
                    String id = to.get("toObjectId").asString();
                    boolean isPrimary = false;
                    for (JsonNode type : to.path("associationTypes")) {
                        isPrimary |= type.path("typeId").asInt() == 1;
                    }
                    if (chosen == null || (isPrimary && !primary) || (isPrimary == primary && HubSpotSearchPager.compareIds(id, chosen) < 0)) {
                        chosen = id;
                        primary = isPrimary;
                    }
                }
                if (chosen != null) {
                    result.put(from, chosen);
                }
            }
        }
        return result;
    }
}
