package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Playbook audiences as MANUAL HubSpot lists: {@code <name> (companies)} for account audiences and
 * {@code <name> (contacts)} for contact audiences, found by name or created on first use. A delta is one
 * {@code memberships/add-and-remove} call per list; member keys become record ids through {@link HubSpotMemberIndex}.
 * Adding a key HubSpot has no record for is rejected; removing one is a no-op.
 */
public final class HubSpotAudienceDestination implements AudienceDestination {

    static final int BATCH = 1_000;
    static final int MEMBERSHIP_PAGE = 250;

    private final HubSpotConnection connection;
    private final HubSpotClient client;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, String> listIds = new ConcurrentHashMap<>();

    public HubSpotAudienceDestination(HubSpotConnection connection) {
        this.connection = connection;
        this.client = connection.client();
    }

    @Override
    public String system() {
        return HubSpotConnection.SYSTEM;
    }

    @Override
    public int maxBatchSize() {
        return BATCH;
    }

    @Override
    public RateLimit rateLimit() {
        return connection.rateLimit();
    }

    @Override
    public void ensureAudience(String audienceId, String displayName) {
        names.put(audienceId, displayName == null || displayName.isBlank() ? audienceId : displayName);
    }

    @Override
    public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
        List<Outcome> outcomes = new ArrayList<>();
        for (MemberKind kind : MemberKind.values()) {
            List<MemberChange> ofKind = changes.stream().filter(c -> c.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                outcomes.addAll(apply(audienceId, kind, ofKind));
            }
        }
        return outcomes;
    }

    private List<Outcome> apply(String audienceId, MemberKind kind, List<MemberChange> changes) {
        Map<String, Set<String>> ids = connection.members().resolve(kind, changes.stream().map(MemberChange::key).toList(), client);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> add = new LinkedHashSet<>();
        Set<String> remove = new LinkedHashSet<>();
        Map<String, String> keyOfId = new LinkedHashMap<>();
        for (MemberChange c : changes) {
            Set<String> recordIds = ids.get(c.key());
            if (recordIds == null) {
                outcomes.add(c.add() ? Outcome.rejected(c.key(), "no HubSpot " + (kind == MemberKind.COMPANY ? "company with domain "
                        + c.key() : "contact with this e-mail hash")) : Outcome.ok(c.key()));
                continue;
            }
            recordIds.forEach(id -> keyOfId.put(id, c.key()));
            (c.add() ? add : remove).addAll(recordIds);
        }
        if (add.isEmpty() && remove.isEmpty()) {
            return outcomes;
        }
        String listId = listId(audienceId, kind);
        HubSpotReply reply = client.put(client.lists(listId + "/memberships/add-and-remove"),
                Map.of("recordIdsToAdd", HubSpotMemberIndex.sorted(add), "recordIdsToRemove", HubSpotMemberIndex.sorted(remove)));
        Set<String> missingKeys = new HashSet<>();
        for (JsonNode id : reply.body().path("recordIdsMissing")) {
            String key = keyOfId.get(id.asString());
            if (key != null) {
                missingKeys.add(key);
            }
        }
        Set<String> done = new HashSet<>();
        for (MemberChange c : changes) {
            if (ids.containsKey(c.key()) && done.add(c.key())) {
                outcomes.add(missingKeys.contains(c.key()) && c.add()
                        ? Outcome.rejected(c.key(), "HubSpot no longer has the record(s) for this member")
                        : Outcome.ok(c.key()));
            }
        }
        return outcomes;
    }

    @Override
    public Set<String> members(String audienceId, Collection<String> keys) {
        Set<String> result = new LinkedHashSet<>();
        for (MemberKind kind : MemberKind.values()) {
            String listId = findList(audienceId, kind);
            if (listId == null) {
                continue;
            }
            connection.members().resolve(kind, keys, client);
            Set<String> wanted = new HashSet<>(keys);
            for (String recordId : memberships(listId)) {
                String key = connection.members().keyOf(kind, recordId);
                if (key != null && wanted.contains(key)) {
                    result.add(key);
                }
            }
        }
        return result;
    }

    /** Every record id in a list, 250 per call. */
    List<String> memberships(String listId) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            String path = client.lists(listId + "/memberships?limit=" + MEMBERSHIP_PAGE + (after == null ? "" : "&after=" + after));
            JsonNode body = client.get(path).body();
            body.path("results").forEach(r -> ids.add(r.path("recordId").asString()));
            JsonNode next = body.path("paging").path("next").path("after");
            after = next.isMissingNode() || next.isNull() ? null : next.asString();
        } while (after != null);
        return ids;
    }

    String listName(String audienceId, MemberKind kind) {
        return names.getOrDefault(audienceId, audienceId) + (kind == MemberKind.COMPANY ? " (companies)" : " (contacts)");
    }

    private String listId(String audienceId, MemberKind kind) {
        String found = findList(audienceId, kind);
        if (found != null) {
            return found;
        }
        Map<String, Object> body = Map.of("name", listName(audienceId, kind), "objectTypeId", objectTypeId(kind), "processingType", "MANUAL");
        String id = client.post(client.lists(""), body).body().path("list").path("listId").asString();
        listIds.put(audienceId + "/" + kind, id);
        return id;
    }

    private String findList(String audienceId, MemberKind kind) {
        String cached = listIds.get(audienceId + "/" + kind);
        if (cached != null) {
            return cached;
        }
        String name = URLEncoder.encode(listName(audienceId, kind), StandardCharsets.UTF_8).replace("+", "%20");
        HubSpotReply reply = client.get(client.lists("object-type-id/" + objectTypeId(kind) + "/name/" + name));
        if (reply.status() == 404) {
            return null;
        }
        String id = reply.body().path("list").path("listId").asString();
        listIds.put(audienceId + "/" + kind, id);
        return id;
    }

    private static String objectTypeId(MemberKind kind) {
        return kind == MemberKind.COMPANY ? "0-2" : "0-1";
    }
}
