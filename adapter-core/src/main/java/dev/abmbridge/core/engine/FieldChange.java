package dev.abmbridge.core.engine;

/** One owned field to change: from what the destination holds to what the playbook wants (null = empty). */
public record FieldChange(String field, String oldValue, String newValue) {
}
