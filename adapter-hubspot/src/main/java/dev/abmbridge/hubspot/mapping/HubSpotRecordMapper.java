package dev.abmbridge.hubspot.mapping;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.normalize.AccountNormalizer;
import dev.abmbridge.core.normalize.ContactNormalizer;
import dev.abmbridge.core.normalize.InvalidRecordException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps HubSpot property values (all strings) to the canonical records through core's normalizers: company
 * {@code name, domain, website, industry} (enumeration values such as {@code COMPUTER_SOFTWARE} kept as given: the
 * playbook's text comparison reads {@code _} as a space), {@code numberofemployees, annualrevenue, country, state,
 * city, type}; contact {@code email, firstname, lastname, jobtitle, country} and the primary company id; the postal
 * address parts without a canonical field (company {@code address, zip}; contact {@code address, city, state, zip})
 * as custom fields of the same names. A value the
 * normalizer cannot read (a malformed domain) loses that field only, not the record.
 */
public final class HubSpotRecordMapper {

    public static final String SOURCE = "hubspot";

    private HubSpotRecordMapper() {
    }

    public static Account account(String id, Map<String, String> p) {
        Map<String, String> raw = new HashMap<>();
        raw.put("id", id);
        raw.put("name", p.get("name"));
        raw.put("domain", p.get("domain"));
        raw.put("website", p.get("website"));
        raw.put("industry", p.get("industry"));
        raw.put("employees", p.get("numberofemployees"));
        raw.put("annualRevenue", p.get("annualrevenue"));
        raw.put("country", p.get("country"));
        raw.put("state", p.get("state"));
        raw.put("city", p.get("city"));
        raw.put("type", p.get("type"));
        mailing(raw, p, List.of("address", "zip"));
        return tolerant(raw, r -> AccountNormalizer.normalize(SOURCE, r));
    }

    /** @param accountId the company the contact belongs to (primary company or first association); may be null */
    public static Contact contact(String id, String accountId, Map<String, String> p) {
        Map<String, String> raw = new HashMap<>();
        raw.put("id", id);
        raw.put("accountId", accountId);
        raw.put("email", p.get("email"));
        raw.put("firstName", p.get("firstname"));
        raw.put("lastName", p.get("lastname"));
        raw.put("title", p.get("jobtitle"));
        raw.put("country", p.get("country"));
        mailing(raw, p, List.of("address", "city", "state", "zip"));
        return tolerant(raw, r -> ContactNormalizer.normalize(SOURCE, r));
    }

    /**
     * The postal address parts the canonical record has no field for, as custom fields under their HubSpot names, for
     * direct-mail lists ({@code dev.abmbridge.core.export}).
     */
    private static void mailing(Map<String, String> raw, Map<String, String> p, List<String> properties) {
        for (String property : properties) {
            raw.put("custom." + property, p.get(property));
        }
    }

    private static <T> T tolerant(Map<String, String> raw, Function<Map<String, String>, T> normalize) {
        for (int guard = 0; guard < raw.size(); guard++) {
            try {
                return normalize.apply(raw);
            } catch (InvalidRecordException e) {
                if (e.field().equals("id") || !raw.containsKey(e.field())) {
                    throw e;
                }
                raw.put(e.field(), null);
            }
        }
        return normalize.apply(raw);
    }
}
