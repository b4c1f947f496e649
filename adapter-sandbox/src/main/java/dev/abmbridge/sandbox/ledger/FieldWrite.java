package dev.abmbridge.sandbox.ledger;

import java.time.Instant;

/** One field value written through an emulated API. {@code value} is null when the field was cleared. */
public record FieldWrite(String system, String objectType, String recordId, String field, String value, Instant at) {
}
