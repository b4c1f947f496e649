package dev.abmbridge.core.engine;

import java.time.Duration;

/**
 * Tuning of the engine.
 *
 * @param pageSize        records asked of a source per call
 * @param chunkSize       unified accounts evaluated and planned together (bounds memory)
 * @param maxAttempts     calls of one batch before its records become dead letters
 * @param initialBackoff  first wait after a failed call; doubled each time, with jitter
 * @param maxBackoff      longest wait between attempts, unless the system asks for longer with Retry-After
 * @param sampleDiffs     field changes kept as samples in the report
 */
public record EngineSettings(int pageSize, int chunkSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                             int sampleDiffs) {

    public static final EngineSettings DEFAULTS =
            new EngineSettings(500, 1000, 5, Duration.ofMillis(500), Duration.ofSeconds(60), 20);

    public EngineSettings {
        if (pageSize < 1 || chunkSize < 1 || maxAttempts < 1 || sampleDiffs < 0) {
            throw new IllegalArgumentException("page size, chunk size and attempts must be positive");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be positive and the maximum at least the initial one");
        }
    }

    public EngineSettings withPageSize(int n) {
        return new EngineSettings(n, chunkSize, maxAttempts, initialBackoff, maxBackoff, sampleDiffs);
    }

    public EngineSettings withChunkSize(int n) {
        return new EngineSettings(pageSize, n, maxAttempts, initialBackoff, maxBackoff, sampleDiffs);
    }

    public EngineSettings withBackoff(Duration initial, Duration max) {
        return new EngineSettings(pageSize, chunkSize, maxAttempts, initial, max, sampleDiffs);
    }
}
