package dev.abmbridge.core.spi;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A resume position in a source: the keyset (modifiedAt, lastId). A record is after the cursor when it was
 * modified later, or at the same instant with a greater id (ties on modifiedAt are broken by id, never by
 * adding a tick, so no record is skipped).
 */
public record Cursor(Instant modifiedAt, String lastId) implements Comparable<Cursor> {

    /** Before every record. */
    public static final Cursor START = new Cursor(Instant.EPOCH, "");

    private static final Comparator<Cursor> ORDER =
            Comparator.comparing(Cursor::modifiedAt).thenComparing(Cursor::lastId);

    public Cursor {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(lastId, "lastId");
    }

    /** Whether a record modified at {@code modified} with id {@code id} comes strictly after this cursor. */
    public boolean precedes(Instant modified, String id) {
        return compareTo(new Cursor(modified, id)) < 0;
    }

    @Override
    public int compareTo(Cursor other) {
        return ORDER.compare(this, other);
    }
}
