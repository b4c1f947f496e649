package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.RecordKind;

import java.util.Map;

/** A snapshot as stored, with the owned values its system holds. */
public record StoredRecord(String system, RecordKind kind, String id, String unifyKey, String accountRef,
                           String body, Map<String, String> held) {
}
