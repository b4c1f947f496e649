package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The owned fields of one record whose desired value differs from what its system holds. */
public record PlannedUpdate(String system, RecordKind kind, String id, String unifyKey, List<FieldChange> changes) {

    public PlannedUpdate {
        changes = List.copyOf(changes);
    }

    public RecordUpdate toUpdate() {
        Map<String, String> fields = new LinkedHashMap<>();
        changes.forEach(c -> fields.put(c.field(), c.newValue()));
        return new RecordUpdate(kind, id, fields);
    }
}
