package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one sObject type, their column positions in the stored rows, and which custom fields the
 * API user may see and edit. Standard fields are always visible; a custom field is invisible until a
 * permission set grants read access, as in a real org.
 */
public final class SObjectSchema {

    private final String name;
    private final String keyPrefix;
    private final String labelPlural;
    private final Map<String, SalesforceField> fields = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, FieldAccess> access = new LinkedHashMap<>();

    public SObjectSchema(String name, String keyPrefix, String labelPlural, List<SalesforceField> standardFields) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.labelPlural = labelPlural;
        standardFields.forEach(this::define);
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String labelPlural() {
        return labelPlural;
    }

    /** Adds or replaces a field definition; a new field gets the next column. */
    public synchronized void define(SalesforceField field) {
        String key = key(field.name());
        fields.put(key, field);
        columns.computeIfAbsent(key, k -> columns.size());
    }

    public synchronized void grant(String fieldName, FieldAccess fieldAccess) {
        access.put(key(fieldName), fieldAccess);
    }

    /** The field as defined, visible or not. */
    public synchronized Optional<SalesforceField> definedField(String fieldName) {
        return Optional.ofNullable(fields.get(key(fieldName)));
    }

    /** The field if the API user can read it. */
    public synchronized Optional<SalesforceField> visibleField(String fieldName) {
        SalesforceField field = fields.get(key(fieldName));
        return field != null && accessOf(field).readable() ? Optional.of(field) : Optional.empty();
    }

    public synchronized List<SalesforceField> visibleFields() {
        List<SalesforceField> result = new ArrayList<>();
        for (SalesforceField field : fields.values()) {
            if (accessOf(field).readable()) {
                result.add(field);
            }
        }
        return result;
    }

    public synchronized FieldAccess accessOf(SalesforceField field) {
        if (!field.custom()) {
            return new FieldAccess(true, field.writable());
        }
        return access.getOrDefault(key(field.name()), FieldAccess.NONE);
    }

    public synchronized int column(String fieldName) {
        Integer column = columns.get(key(fieldName));
        if (column == null) {
            throw new IllegalArgumentException("no field " + fieldName + " on " + name);
        }
        return column;
    }

    private static String key(String fieldName) {
        return fieldName.toLowerCase(Locale.ROOT);
    }
}
