package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.app.runtime.SyncRunner;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/** The runtime's {@link SyncRunner} in serve: the configured bridge's sync, timed and counted. */
public final class MeteredSyncRunner implements SyncRunner {

    private static final Logger log = LoggerFactory.getLogger(MeteredSyncRunner.class);

    private final ServedBridge bridge;
    private final SyncMetrics metrics;
    private final Clock clock;

    public MeteredSyncRunner(ServedBridge bridge, SyncMetrics metrics, Clock clock) {
        this.bridge = bridge;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public RunSummary run(String connection, RunOptions options) {
        return run(connection, options, ChangedRecords.NONE);
    }

    @Override
    public RunSummary run(String connection, RunOptions options, ChangedRecords changed) {
        if (!changed.isEmpty()) {
            log.info("{}: re-sync for {} changed {} record(s)", connection, changed.size(), changed.system());
        }
        long started = clock.millis();
        try {
            RunSummary summary = changed.isEmpty() ? bridge.sync(connection, options)
                    : bridge.sync(connection, options, changed);
            metrics.succeeded(connection, summary, Duration.ofMillis(clock.millis() - started));
            return summary;
        } catch (RuntimeException | Error e) {
            metrics.failed(connection, Duration.ofMillis(clock.millis() - started));
            throw e;
        }
    }
}
