package dev.abmbridge.sandbox.salesforce;

/** Field-level security of a custom field for the API user, as permission sets grant it. */
public record FieldAccess(boolean readable, boolean editable) {

    public static final FieldAccess NONE = new FieldAccess(false, false);
}
