package dev.abmbridge.sandbox.hubspot;

import java.util.Comparator;

/** A record's place in the modified-date index: its last-modified instant (epoch ms), then its id, as search orders them. */
record ModifiedKey(long millis, long id) implements Comparable<ModifiedKey> {

    private static final Comparator<ModifiedKey> ORDER = Comparator.comparingLong(ModifiedKey::millis).thenComparingLong(ModifiedKey::id);

    @Override
    public int compareTo(ModifiedKey other) {
        return ORDER.compare(this, other);
    }
}
