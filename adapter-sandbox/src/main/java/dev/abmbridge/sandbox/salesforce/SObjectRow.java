package dev.abmbridge.sandbox.salesforce;

import java.time.Instant;
import java.util.Arrays;

/** One stored record: its id and field values by column (all strings, as the partner API carries them). */
public final class SObjectRow {

    private final String id;
    private String[] values;
    private Instant deletedAt;

    public SObjectRow(String id, int width) {
        this.id = id;
        this.values = new String[width];
    }

    public String id() {
        return id;
    }

    public synchronized String get(int column) {
        return column < values.length ? values[column] : null;
    }

    public synchronized void set(int column, String value) {
        if (column >= values.length) {
            values = Arrays.copyOf(values, column + 4);
        }
        values[column] = value;
    }

    public synchronized boolean deleted() {
        return deletedAt != null;
    }

    public synchronized Instant deletedAt() {
        return deletedAt;
    }

    public synchronized void markDeleted(Instant at) {
        deletedAt = at;
    }
}
