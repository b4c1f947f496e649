package dev.abmbridge.sandbox.hubspot;

import java.util.List;

/** A property definition: HubSpot's type/fieldType pair, options for enumerations, and whether API writes may set it. */
public record HubSpotProperty(
        String name,
        String label,
        String type,
        String fieldType,
        String groupName,
        String description,
        List<PropertyOption> options,
        boolean hasUniqueValue,
        boolean readOnlyValue,
        boolean hubspotDefined,
        int displayOrder) {

    public HubSpotProperty {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static HubSpotProperty standard(String name, String label, String type, String fieldType, String group) {
        return new HubSpotProperty(name, label, type, fieldType, group, "", List.of(), false, false, true, -1);
    }

    static HubSpotProperty readOnly(String name, String label, String type, String fieldType, String group) {
        return new HubSpotProperty(name, label, type, fieldType, group, "", List.of(), false, true, true, -1);
    }

    static HubSpotProperty enumeration(String name, String label, String fieldType, String group, List<PropertyOption> options) {
        return new HubSpotProperty(name, label, "enumeration", fieldType, group, "", options, false, false, true, -1);
    }

    HubSpotProperty unique() {
        return new HubSpotProperty(name, label, type, fieldType, groupName, description, options, true, readOnlyValue, hubspotDefined, displayOrder);
    }

    boolean multiSelect() {
        return type.equals("enumeration") && fieldType.equals("checkbox");
    }
}
