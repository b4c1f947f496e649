package dev.abmbridge.sandbox.limit;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts events over a rolling window (split into buckets) on the injected clock, e.g. HubSpot's ten-second
 * limit or Salesforce's rolling 24-hour API request count.
 */
public final class RollingWindowCounter {

    private final Clock clock;
    private final long bucketMillis;
    private final long[] bucketStart;
    private final long[] bucketCount;

    public RollingWindowCounter(Clock clock, Duration window, int buckets) {
        this.clock = clock;
        this.bucketMillis = Math.max(1, window.toMillis() / buckets);
        this.bucketStart = new long[buckets];
        this.bucketCount = new long[buckets];
        java.util.Arrays.fill(bucketStart, Long.MIN_VALUE);
    }

    /** Counts one event if the window holds fewer than {@code limit}; returns whether it was counted. */
    public synchronized boolean tryAcquire(long limit) {
        long now = clock.millis();
        if (sum(now) >= limit) {
            return false;
        }
        add(now);
        return true;
    }

    /** Counts one event regardless of any limit and returns the window's new total. */
    public synchronized long increment() {
        long now = clock.millis();
        add(now);
        return sum(now);
    }

    public synchronized long count() {
        return sum(clock.millis());
    }

    /** Milliseconds until the oldest bucket of the window leaves it. */
    public synchronized long millisUntilOldestExpires() {
        long now = clock.millis();
        long oldest = Long.MAX_VALUE;
        for (int i = 0; i < bucketStart.length; i++) {
            if (live(bucketStart[i], now) && bucketCount[i] > 0) {
                oldest = Math.min(oldest, bucketStart[i]);
            }
        }
        return oldest == Long.MAX_VALUE ? 0 : Math.max(0, oldest + windowMillis() - now);
    }

    private void add(long now) {
        long start = now - Math.floorMod(now, bucketMillis);
        int index = (int) Math.floorMod(start / bucketMillis, (long) bucketStart.length);
        if (bucketStart[index] != start) {
            bucketStart[index] = start;
            bucketCount[index] = 0;
        }
        bucketCount[index]++;
    }

    private long sum(long now) {
        long total = 0;
        for (int i = 0; i < bucketStart.length; i++) {
            if (live(bucketStart[i], now)) {
                total += bucketCount[i];
            }
        }
        return total;
    }

    private boolean live(long start, long now) {
        return start != Long.MIN_VALUE && start > now - windowMillis();
    }

    private long windowMillis() {
        return bucketMillis * bucketStart.length;
    }
}
