package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The properties ABM Bridge owns in a portal, with types and options, as the configuration names them. */
final class HubSpotSchema {

    /** One owned property: its object type, name, label, HubSpot type and field type, and options (enumerations). */
    record Property(String objectType, String name, String label, String type, String fieldType, List<String> options) {
    }

    private HubSpotSchema() {
    }

    static List<Property> owned(HubSpotConfig config) {
        Map<String, String> c = config.companyProperties();
        Map<String, String> p = config.contactProperties();
        List<Property> all = new ArrayList<>();
        all.add(new Property("companies", c.get(OwnedFields.FIT_SCORE), "ABM fit score", "number", "number", List.of()));
        all.add(new Property("companies", c.get(OwnedFields.TIER), "ABM tier", "string", "text", List.of()));
        all.add(new Property("companies", c.get(OwnedFields.IS_ICP), "ABM ideal customer", "bool", "booleancheckbox", List.of("true", "false")));
        all.add(new Property("companies", c.get(OwnedFields.REASON), "ABM fit reason", "string", "textarea", List.of()));
        all.add(new Property("companies", c.get(OwnedFields.COVERAGE), "ABM buying committee coverage (%)", "number", "number", List.of()));
        all.add(new Property("companies", c.get(OwnedFields.MISSING_ROLES), "ABM missing buying roles", "string", "text", List.of()));
        all.add(new Property("contacts", p.get(OwnedFields.ROLE), "ABM buying role", "string", "text", List.of()));
        all.add(new Property("contacts", p.get(OwnedFields.SENIORITY), "ABM seniority", "enumeration", "select",
                Arrays.stream(Seniority.values()).map(Enum::name).toList()));
        all.add(new Property("contacts", p.get(OwnedFields.FUNCTION), "ABM job function", "enumeration", "select",
                Arrays.stream(JobFunction.values()).map(Enum::name).toList()));
        return all;
    }

    /** Native properties we write (when enabled) and the option values our mappings need in them. */
    static List<Property> natives(HubSpotConfig config) {
        List<Property> all = new ArrayList<>();
        if (config.nativeTargetAccount()) {
            all.add(new Property("companies", HubSpotInsightSink.TARGET_ACCOUNT, "Target Account", "bool", "booleancheckbox", List.of()));
        }
        if (config.nativeIcpTier()) {
            all.add(new Property("companies", HubSpotInsightSink.ICP_TIER, "Ideal Customer Profile Tier", "enumeration", "radio",
                    config.tierValues().values().stream().distinct().sorted().toList()));
        }
        if (config.nativeBuyingRole()) {
            all.add(new Property("contacts", HubSpotBuyingRoles.PROPERTY, "Buying Role", "enumeration", "checkbox",
                    config.buyingRoleValues().values().stream().distinct().sorted().toList()));
        }
        return all;
    }

    static String label(String value) {
        String spaced = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
