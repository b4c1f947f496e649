package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** One field of an sObject as the org defines it (visibility to the API user is kept separately). */
public record SalesforceField(
        String name,
        String label,
        SalesforceFieldType type,
        int length,
        int precision,
        int scale,
        boolean custom,
        List<String> picklistValues,
        boolean restrictedPicklist,
        boolean externalId,
        boolean createable,
        boolean updateable,
        boolean nillable,
        String referenceTo) {

    public SalesforceField {
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
    }

    public static SalesforceField text(String name, String label, int length) {
        return new SalesforceField(name, label, SalesforceFieldType.STRING, length, 0, 0, false, List.of(), false, false, true, true, true, null);
    }

    public static SalesforceField of(String name, String label, SalesforceFieldType type, int length) {
        return new SalesforceField(name, label, type, length, 0, 0, false, List.of(), false, false, true, true, true, null);
    }

    public static SalesforceField system(String name, String label, SalesforceFieldType type, int length) {
        return new SalesforceField(name, label, type, length, 0, 0, false, List.of(), false, false, false, false,
                type != SalesforceFieldType.ID && type != SalesforceFieldType.BOOLEAN, null);
    }

    public static SalesforceField number(String name, String label, SalesforceFieldType type, int precision, int scale) {
        return new SalesforceField(name, label, type, 0, precision, scale, false, List.of(), false, false, true, true, true, null);
    }

    public static SalesforceField picklist(String name, String label, List<String> values, boolean restricted) {
        return new SalesforceField(name, label, SalesforceFieldType.PICKLIST, 255, 0, 0, false, values, restricted, false, true, true, true, null);
    }

    public static SalesforceField reference(String name, String label, String referenceTo) {
        return new SalesforceField(name, label, SalesforceFieldType.REFERENCE, 18, 0, 0, false, List.of(), false, false, true, true, true, referenceTo);
    }

    public SalesforceField required() {
        return new SalesforceField(name, label, type, length, precision, scale, custom, picklistValues, restrictedPicklist,
                externalId, createable, updateable, false, referenceTo);
    }

    public boolean writable() {
        return createable || updateable;
    }
}
