package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.RecordKind;

import java.util.Map;

/**
 * The owned values the playbook wants on one source record.
 *
 * @param values field to value; a null value means the field should be empty
 */
record Desired(String system, RecordKind kind, String id, String unifyKey, Map<String, String> values,
               Map<String, String> held) {
}
