package dev.abmbridge.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Owned-field values to set on one record of the sink's system.
 *
 * @param fields owned field name to the new value; a null value empties the field
 */
public record RecordUpdate(RecordKind kind, String id, Map<String, String> fields) {

    public RecordUpdate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
