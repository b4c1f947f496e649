package dev.abmbridge.hubspot;

import dev.abmbridge.core.normalize.RegistrableDomain;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.hubspot.client.HubSpotClient;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Audience member keys (a company's registrable domain, the SHA-256 of a contact's normalized e-mail) to HubSpot
 * record ids and back. Filled for free by every pull; a key not seen yet triggers one full scan of that object type
 * with the list endpoint (100 records per call, once per process), since a hashed e-mail cannot be searched for.
 */
final class HubSpotMemberIndex {

    private final Map<MemberKind, Map<String, Set<String>>> idsByKey = new ConcurrentHashMap<>();
    private final Map<MemberKind, Map<String, String>> keyById = new ConcurrentHashMap<>();
    private final Set<MemberKind> scanned = ConcurrentHashMap.newKeySet();

    void seenCompany(String id, String domain) {
        if (domain != null) {
            put(MemberKind.COMPANY, domain, id);
        }
    }

    void seenContact(String id, String email) {
        if (email != null) {
            put(MemberKind.CONTACT, SnapshotCodec.sha256(email.strip().toLowerCase(Locale.ROOT)), id);
        }
    }

    private void put(MemberKind kind, String key, String id) {
        Map<String, String> reverse = keyById.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        String old = reverse.put(id, key);
        Map<String, Set<String>> forward = idsByKey.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        if (old != null && !old.equals(key)) {
            forward.getOrDefault(old, new TreeSet<>()).remove(id);
        }
        forward.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }

    /** Key → record ids (a domain may have several companies); keys HubSpot does not have are absent. */
    Map<String, Set<String>> resolve(MemberKind kind, Collection<String> keys, HubSpotClient client) {
        Map<String, Set<String>> forward = idsByKey.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        boolean allKnown = keys.stream().allMatch(k -> !forward.getOrDefault(k, Set.of()).isEmpty());
        if (!allKnown && scanned.add(kind)) {
            scan(kind, client);
        }
        Map<String, Set<String>> result = new HashMap<>();
        for (String key : keys) {
            Set<String> ids = forward.getOrDefault(key, Set.of());
            if (!ids.isEmpty()) {
                result.put(key, Set.copyOf(ids));
            }
        }
        return result;
    }

    String keyOf(MemberKind kind, String id) {
        return keyById.getOrDefault(kind, Map.of()).get(id);
    }

    private void scan(MemberKind kind, HubSpotClient client) {
        boolean companies = kind == MemberKind.COMPANY;
        String path = client.objects((companies ? "companies" : "contacts") + "?limit=100&archived=false&properties="
                + (companies ? "domain,website" : "email"));
        String after = null;
        do {
            JsonNode body = client.get(after == null ? path : path + "&after=" + after).body();
            for (JsonNode r : body.path("results")) {
                String id = r.get("id").asString();
                Map<String, String> p = HubSpotSearchPager.properties(r);
                if (companies) {
                    String domain = registrable(p.get("domain"));
                    seenCompany(id, domain != null ? domain : registrable(p.get("website")));
                } else {
                    String email = p.get("email");
                    seenContact(id, email == null || email.isBlank() ? null : email);
                }
            }
            JsonNode next = body.path("paging").path("next").path("after");
            after = next.isMissingNode() || next.isNull() ? null : next.asString();
        } while (after != null);
    }

    private static String registrable(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RegistrableDomain.of(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted(HubSpotSearchPager::compareIds).toList();
    }
}
