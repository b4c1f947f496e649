package dev.abmbridge.core.spi;

import java.util.List;

/**
 * A page of records in (modifiedAt, id) order.
 *
 * @param last true when no record after this page's last one was found
 */
public record Page<T>(List<SourceRecord<T>> records, boolean last) {

    public Page {
        records = List.copyOf(records);
    }
}
