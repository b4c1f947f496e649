package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;

/**
 * How the records of one stream (a system and a kind, or a system and an audience) are cut into writes: the engine
 * hands over up to {@code handOver} records at a time; a hand-over of more than {@code bulkThreshold} is one bulk
 * write, a smaller one goes in calls of at most {@code max}. Without bulk writes a hand-over is one call.
 */
record BatchShape(int max, int handOver, int bulkThreshold) {

    BatchShape {
        if (max < 1 || handOver < max) {
            throw new IllegalArgumentException("a batch holds at least one record and a hand-over at least one batch");
        }
    }

    static BatchShape of(InsightSink sink) {
        int max = sink.maxBatchSize();
        return sink.bulkWriter().map(b -> new BatchShape(max, Math.max(max, b.maxUpdates()), b.threshold()))
                .orElseGet(() -> calls(max));
    }

    static BatchShape of(AudienceDestination destination) {
        return calls(destination.maxBatchSize());
    }

    static BatchShape calls(int max) {
        return new BatchShape(max, max, Integer.MAX_VALUE);
    }

    /** Whether a hand-over of this many records goes to the {@link BulkWriter}. */
    boolean bulk(int records) {
        return records > bulkThreshold;
    }

    /** The fewest writes (calls, or bulk writes) for {@code records} records of one stream. */
    int writes(int records) {
        int writes = 0;
        for (int left = records; left > 0; left -= handOver) {
            int handed = Math.min(left, handOver);
            writes += bulk(handed) ? 1 : (handed + max - 1) / max;
        }
        return writes;
    }
}
