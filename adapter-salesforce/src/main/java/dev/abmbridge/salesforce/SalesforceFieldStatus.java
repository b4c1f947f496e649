package dev.abmbridge.salesforce;

/**
 * What {@code check} found for one owned field.
 *
 * @param exists   visible to the API user (describe cannot tell a missing field from one hidden by field-level security)
 * @param type     the describe type ({@code double}, {@code string}, …) with its size; null when missing
 * @param problem  what is wrong, null when the field is usable
 */
public record SalesforceFieldStatus(SalesforceFieldSpec spec, boolean exists, String type, boolean readable, boolean editable,
                                    String problem) {

    public boolean ok() {
        return problem == null;
    }
}
