package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;

/**
 * How the records of one stream (a system and a kind, or a system and an audience) are cut into writes: the engine
 * hands over up to {@code handOver} records at a time; a hand-over of more than {@code bulkThreshold} is one bulk
 * write, costing at least {@code bulkCalls} API calls, a smaller one goes in calls of at most {@code max}. Without
 * bulk writes a hand-over is one call.
 */
record BatchShape(int max, int handOver, int bulkThreshold, int bulkCalls) {

    BatchShape {
        if (max < 1 || handOver < max) {
            throw new IllegalArgumentException("a batch holds at least one record and a hand-over at least one batch");
        }
        if (bulkCalls < 1) {
            throw new IllegalArgumentException("a bulk write makes at least one call");
        }
    }

    static BatchShape of(InsightSink sink) {
        int max = sink.maxBatchSize();
        return sink.bulkWriter()
                .map(b -> new BatchShape(max, Math.max(max, b.maxUpdates()), b.threshold(), b.minCallsPerWrite()))
                .orElseGet(() -> calls(max));
    }

    static BatchShape of(AudienceDestination destination) {
        return calls(destination.maxBatchSize());
    }

    static BatchShape calls(int max) {
        return new BatchShape(max, max, Integer.MAX_VALUE, 1);
    }

    /** Whether a hand-over of this many records goes to the {@link BulkWriter}. */
    boolean bulk(int records) {
        return records > bulkThreshold;
    }

    /** The fewest API calls that write {@code records} records of one stream: calls, and bulk writes at their cost. */
    int minCalls(int records) {
        int calls = 0;
        for (int left = records; left > 0; left -= handOver) {
            int handed = Math.min(left, handOver);
            calls += bulk(handed) ? bulkCalls : (handed + max - 1) / max;
        }
        return calls;
    }
}
