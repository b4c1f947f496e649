package dev.abmbridge.core.file;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import java.nio.charset.StandardCharsets;

/**
 * The ids seen so far in a file, to report duplicates. Reading must stay within bounded memory
 * for millions of rows, so ids are kept as 128-bit fingerprints in an open-addressing table
 * (16 to 32 bytes per id, against about 100 for a {@code HashSet<String>}). Two different ids of a
 * file of 3,000,000 rows share a fingerprint with a probability of about 10^-26.
 *
 * <p>One per read, on the reading thread: not thread-safe.
 */
final class IdFingerprints {
    private static final HashFunction HASH = Hashing.murmur3_128();

    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int size;

    /** Adds the id; false when it was already there. */
    boolean add(String id) {
        byte[] bytes = HASH.hashString(id, StandardCharsets.UTF_8).asBytes();
        long h = Longs.fromBytes(bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7]);
        long l = Longs.fromBytes(bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
        if (h == 0 && l == 0) {
            l = 1; // (0, 0) marks an empty slot
        }
        if (!insert(high, low, h, l)) {
            return false;
        }
        // Linear probing stays short up to three quarters full; growing later saves memory.
        if (++size * 4L > high.length * 3L) {
            grow();
        }
        return true;
    }

    private static boolean insert(long[] high, long[] low, long h, long l) {
        int mask = high.length - 1;
        int slot = (int) h & mask;
        while (high[slot] != 0 || low[slot] != 0) {
            if (high[slot] == h && low[slot] == l) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        high[slot] = h;
        low[slot] = l;
        return true;
    }

    private void grow() {
        long[] newHigh = new long[high.length * 2];
        long[] newLow = new long[low.length * 2];
        for (int i = 0; i < high.length; i++) {
            if (high[i] != 0 || low[i] != 0) {
                insert(newHigh, newLow, high[i], low[i]);
            }
        }
        high = newHigh;
        low = newLow;
    }
}
