package dev.abmbridge.hubspot;

import dev.abmbridge.hubspot.client.HubSpotApiException;
import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates what the check finds missing and can be created: the property group on each object type, then the owned
 * properties with their types and options. A dry run creates nothing and returns the same list of actions.
 * Existing properties and native properties are never changed; a 409 (created meanwhile) counts as done.
 */
public final class HubSpotSchemaSetup {

    private final HubSpotConnection connection;

    public HubSpotSchemaSetup(HubSpotConnection connection) {
        this.connection = connection;
    }

    /** The actions taken (or, for a dry run, that would be taken), in order. */
    public List<String> setup(boolean dryRun) {
        HubSpotConfig config = connection.config();
        HubSpotClient client = connection.client();
        List<HubSpotSchemaCheck.Finding> findings = new HubSpotSchemaCheck(connection).check();
        List<String> actions = new ArrayList<>();
        for (HubSpotSchemaCheck.Finding f : findings) {
            if (f.fixable() && f.name().equals(config.groupName()) && f.problem().startsWith("property group")) {
                actions.add("create property group " + f.objectType() + "." + config.groupName());
                if (!dryRun) {
                    created(client.post(client.properties(f.objectType() + "/groups"),
                            Map.of("name", config.groupName(), "label", config.groupLabel(), "displayOrder", -1)), f);
                }
            }
        }
        for (HubSpotSchema.Property p : HubSpotSchema.owned(config)) {
            boolean missing = findings.stream().anyMatch(f -> f.fixable() && f.objectType().equals(p.objectType())
                    && f.name().equals(p.name()) && f.problem().startsWith("missing"));
            if (!missing) {
                continue;
            }
            actions.add("create property " + p.objectType() + "." + p.name() + " (" + p.type() + "/" + p.fieldType() + ")");
            if (!dryRun) {
                created(client.post(client.properties(p.objectType()), body(config, p)), null);
            }
        }
        if (!dryRun) {
            connection.definitions().forget();
        }
        return actions;
    }

    private static Map<String, Object> body(HubSpotConfig config, HubSpotSchema.Property p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", p.name());
        body.put("label", p.label());
        body.put("type", p.type());
        body.put("fieldType", p.fieldType());
        body.put("groupName", config.groupName());
        body.put("description", "Written by ABM Bridge; changes made here are overwritten on the next sync.");
        if (!p.options().isEmpty()) {
            List<Map<String, Object>> options = new ArrayList<>();
            for (String value : p.options()) {
                options.add(Map.of("label", p.type().equals("bool") ? (value.equals("true") ? "Yes" : "No") : HubSpotSchema.label(value),
                        "value", value, "displayOrder", options.size(), "hidden", false));
            }
            body.put("options", options);
        }
        return body;
    }

    private static void created(HubSpotReply reply, HubSpotSchemaCheck.Finding finding) {
        if (!reply.ok() && reply.status() != 409) {
            throw new HubSpotApiException(HubSpotApiException.Kind.REJECTED, reply.status(), null,
                    "HubSpot refused to create " + (finding == null ? "a property" : finding.name()) + ": "
                            + reply.body().path("message").asString(""));
        }
    }
}
