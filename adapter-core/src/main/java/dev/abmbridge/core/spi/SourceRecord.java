package dev.abmbridge.core.spi;

import java.util.Map;
import java.util.Objects;

/**
 * One record of a source with its own resume position and the owned-field values the system holds for it
 * now (read back in the same pull, so the planner never needs a second read).
 *
 * @param position  (modifiedAt, id) of this record: the cursor to resume after it
 * @param held      owned field name (see {@link OwnedFields}) to the value the system holds; a missing entry or a
 *                  null value means the field is empty there
 * @param linkedTo  an explicit cross-system id, {@code system:id} of the record it is the same company as; null
 */
public record SourceRecord<T>(T record, Cursor position, Map<String, String> held, String linkedTo) {

    public SourceRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(position, "position");
        held = held == null ? Map.of() : Map.copyOf(held);
    }

    public SourceRecord(T record, Cursor position, Map<String, String> held) {
        this(record, position, held, null);
    }
}
