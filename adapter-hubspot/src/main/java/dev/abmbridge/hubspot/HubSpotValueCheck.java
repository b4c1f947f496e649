package dev.abmbridge.hubspot;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Checks values against the portal's live property definitions before a write: the property exists and is writable,
 * enumeration values (each part of a multi-select) are among the visible options, booleans are true/false, numbers
 * are numbers. An empty value clears a property and is always accepted.
 */
final class HubSpotValueCheck {

    private final HubSpotPropertyDefinitions definitions;

    HubSpotValueCheck(HubSpotPropertyDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The first problem, or null when HubSpot should accept every value. */
    String problem(String objectType, Map<String, String> properties) {
        for (Map.Entry<String, String> e : properties.entrySet()) {
            String problem = problem(objectType, e.getKey(), e.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String problem(String objectType, String name, String value) {
        Optional<HubSpotPropertyDefinitions.Definition> found = definitions.find(objectType, name);
        if (found.isEmpty()) {
            return "HubSpot " + objectType + " property " + name + " does not exist (run the schema setup)";
        }
        HubSpotPropertyDefinitions.Definition d = found.get();
        if (d.readOnlyValue()) {
            return "HubSpot " + objectType + " property " + name + " is read-only";
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        switch (d.type()) {
            case "enumeration" -> {
                Iterable<String> parts = d.multiSelect() ? HubSpotBuyingRoles.parse(value) : java.util.List.of(value);
                for (String part : parts) {
                    if (!d.options().contains(part)) {
                        return "'" + part + "' is not an option of HubSpot " + objectType + " property " + name + " " + d.options();
                    }
                }
            }
            case "bool" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return "'" + value + "' is not true or false for HubSpot property " + name;
                }
            }
            case "number" -> {
                try {
                    new BigDecimal(value.trim());
                } catch (NumberFormatException ex) {
                    return "'" + value + "' is not a number for HubSpot property " + name;
                }
            }
            default -> {
                if (value.length() > 65_536) {
                    return "value too long for HubSpot property " + name;
                }
            }
        }
        return null;
    }
}
