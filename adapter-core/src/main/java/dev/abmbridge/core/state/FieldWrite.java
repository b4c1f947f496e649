package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.RecordKind;

/** An owned value a destination confirmed: stored as held, and in the audit log. */
public record FieldWrite(RecordKind kind, String id, String field, String oldValue, String newValue) {
}
