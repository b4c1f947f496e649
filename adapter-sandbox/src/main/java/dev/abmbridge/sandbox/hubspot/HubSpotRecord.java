package dev.abmbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.Arrays;

/** One stored CRM object: id, property values by catalog column, and its timestamps. */
final class HubSpotRecord {

    private final long id;
    private final Instant createdAt;
    private String[] values;
    private Instant updatedAt;

    HubSpotRecord(long id, Instant createdAt, int width) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.values = new String[width];
    }

    long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized Instant updatedAt() {
        return updatedAt;
    }

    synchronized void touch(Instant at) {
        updatedAt = at;
    }

    synchronized String get(int column) {
        return column >= 0 && column < values.length ? values[column] : null;
    }

    synchronized void set(int column, String value) {
        if (column >= values.length) {
            values = Arrays.copyOf(values, column + 4);
        }
        values[column] = value;
    }
}
