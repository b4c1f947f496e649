package dev.abmbridge.sandbox.hubspot;

import com.google.common.collect.BoundType;
import com.google.common.collect.SortedMultiset;
import com.google.common.collect.TreeMultiset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The records of one object type by (last-modified instant, id). A search bounded on the modified date walks its
 * range here instead of the whole store, and counts the range for its {@code total}: Guava's tree multiset keeps
 * subtree sizes, so a range count costs O(log n), not the range. Not thread-safe: the store guards it.
 */
final class ModifiedIndex {

    private final SortedMultiset<ModifiedKey> keys = TreeMultiset.create();
    private final Map<Long, Long> millisById = new HashMap<>();
    /** Records whose modified value is missing or not a date: search cannot place them, so it scans while any exist. */
    private final Set<Long> unplaced = new HashSet<>();

    /** Records the record's current modified value (as stored), moving it from its previous place. */
    void put(long id, String modified) {
        Long millis = HubSpotTime.millis(modified);
        if (millis == null) {
            remove(id);
            unplaced.add(id);
            return;
        }
        put(id, millis.longValue());
    }

    /** The same for a value the store stamped itself: no need to parse back what it just formatted. */
    void put(long id, long millis) {
        remove(id);
        millisById.put(id, millis);
        keys.add(new ModifiedKey(millis, id));
    }

    private void remove(long id) {
        Long before = millisById.remove(id);
        if (before != null) {
            keys.remove(new ModifiedKey(before, id));
        }
        unplaced.remove(id);
    }

    /** Whether every record has a place (else search must scan the store to see the unplaced ones). */
    boolean complete() {
        return unplaced.isEmpty();
    }

    /** The record's key, or null when it has none. */
    ModifiedKey key(long id) {
        Long millis = millisById.get(id);
        return millis == null ? null : new ModifiedKey(millis, id);
    }

    int size() {
        return keys.size();
    }

    int count(KeyRange range) {
        return range.isEmpty() ? 0 : slice(range).size();
    }

    /** The keys of the range in ascending order. */
    Iterator<ModifiedKey> walk(KeyRange range) {
        return range.isEmpty() ? java.util.Collections.emptyIterator() : slice(range).iterator();
    }

    private SortedMultiset<ModifiedKey> slice(KeyRange range) {
        return keys.subMultiset(range.low(), BoundType.CLOSED, range.high(), BoundType.CLOSED);
    }
}
