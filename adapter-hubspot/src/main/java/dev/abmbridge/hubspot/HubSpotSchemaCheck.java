package dev.abmbridge.hubspot;

import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.HubSpotReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the portal with what ABM Bridge needs: the property group on companies and contacts, each owned property
 * with its type and options, and the native properties it writes (present, writable, holding the option values the
 * tier and buying-role mappings use). Reads only.
 */
public final class HubSpotSchemaCheck {

    /** One difference. {@code fixable}: the setup can create it; otherwise a person must change the portal. */
    public record Finding(String objectType, String name, String problem, boolean fixable) {
        @Override
        public String toString() {
            return objectType + "." + name + ": " + problem + (fixable ? "" : " (fix in HubSpot)");
        }
    }

    private final HubSpotConnection connection;

    public HubSpotSchemaCheck(HubSpotConnection connection) {
        this.connection = connection;
    }

    /** Every difference; empty when the portal is ready. */
    public List<Finding> check() {
        HubSpotConfig config = connection.config();
        HubSpotClient client = connection.client();
        HubSpotPropertyDefinitions definitions = connection.definitions();
        definitions.forget();
        List<Finding> findings = new ArrayList<>();
        for (String objectType : List.of("companies", "contacts")) {
            HubSpotReply group = client.get(client.properties(objectType + "/groups/" + config.groupName()));
            if (group.status() == 404) {
                findings.add(new Finding(objectType, config.groupName(), "property group missing", true));
            }
        }
        for (HubSpotSchema.Property want : HubSpotSchema.owned(config)) {
            Optional<HubSpotPropertyDefinitions.Definition> have = definitions.find(want.objectType(), want.name());
            if (have.isEmpty()) {
                findings.add(new Finding(want.objectType(), want.name(), "missing (" + want.type() + "/" + want.fieldType() + ")", true));
                continue;
            }
            HubSpotPropertyDefinitions.Definition d = have.get();
            if (!d.type().equals(want.type())) {
                findings.add(new Finding(want.objectType(), want.name(), "has type " + d.type() + ", needs " + want.type(), false));
            }
            missingOptions(want, d).ifPresent(findings::add);
        }
        for (HubSpotSchema.Property want : HubSpotSchema.natives(config)) {
            Optional<HubSpotPropertyDefinitions.Definition> have = definitions.find(want.objectType(), want.name());
            if (have.isEmpty()) {
                findings.add(new Finding(want.objectType(), want.name(), "native property missing in this portal; disable it in the "
                        + "configuration", false));
                continue;
            }
            if (have.get().readOnlyValue()) {
                findings.add(new Finding(want.objectType(), want.name(), "native property is read-only in this portal", false));
            }
            missingOptions(want, have.get()).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> missingOptions(HubSpotSchema.Property want, HubSpotPropertyDefinitions.Definition have) {
        List<String> missing = want.options().stream().filter(o -> !have.options().contains(o)).toList();
        if (missing.isEmpty() || want.type().equals("bool")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(want.objectType(), want.name(), "options missing or hidden: " + missing, false));
    }
}
