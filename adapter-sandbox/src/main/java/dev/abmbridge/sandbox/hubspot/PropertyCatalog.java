package dev.abmbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The properties and groups of one object type, and the column each property's values are stored in. */
final class PropertyCatalog {

    private final Map<String, HubSpotProperty> properties = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, PropertyGroup> groups = new LinkedHashMap<>();

    synchronized void define(HubSpotProperty property) {
        properties.put(property.name(), property);
        columns.computeIfAbsent(property.name(), n -> columns.size());
    }

    synchronized void defineGroup(PropertyGroup group) {
        groups.put(group.name(), group);
    }

    synchronized Optional<HubSpotProperty> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    synchronized List<HubSpotProperty> properties() {
        return new ArrayList<>(properties.values());
    }

    synchronized Optional<PropertyGroup> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    synchronized List<PropertyGroup> groups() {
        return new ArrayList<>(groups.values());
    }

    /** The column of a property; -1 if it is not defined. */
    synchronized int column(String name) {
        Integer column = columns.get(name);
        return column == null ? -1 : column;
    }
}
