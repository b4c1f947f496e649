package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.app.runtime.ConnectionSyncService;
import dev.abmbridge.app.runtime.RunFailureRecorder;
import dev.abmbridge.app.runtime.SyncOutcome;
import dev.abmbridge.app.runtime.SyncRequest;
import dev.abmbridge.core.spi.RecordKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Debounces webhook changes into targeted re-syncs: ids reported changed are collected until no new one has come
 * for the quiet time (at most ten quiet times after the first), then one re-sync of the connection runs with all
 * of them, through the runtime's sync service and so under the connection's lock. When another instance holds the
 * lock, the ids wait for the next quiet time; a failed re-sync becomes the connection's run-level dead letter, as a
 * scheduled run's would.
 */
public final class WebhookResyncs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookResyncs.class);

    private final String connection;
    private final String system;
    private final boolean dryRun;
    private final Duration quiet;
    private final ConnectionSyncService service;
    private final RunFailureRecorder failures;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "abm-webhook-resync");
        t.setDaemon(true);
        return t;
    });
    private final Map<RecordKind, Set<String>> pending = new EnumMap<>(RecordKind.class);
    private ScheduledFuture<?> flush;
    private long firstPendingAt;

    public WebhookResyncs(String connection, String system, boolean dryRun, Duration quiet,
                          ConnectionSyncService service, RunFailureRecorder failures) {
        this.connection = connection;
        this.system = system;
        this.dryRun = dryRun;
        this.quiet = quiet;
        this.service = service;
        this.failures = failures;
    }

    /** Records changed ids and (re)starts the quiet time. */
    public synchronized void changed(Map<RecordKind, Set<String>> ids) {
        if (ids.values().stream().allMatch(Set::isEmpty)) {
            return;
        }
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstPendingAt = now;
        }
        ids.forEach((kind, set) -> pending.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(set));
        long waited = now - firstPendingAt;
        boolean overdue = waited >= quiet.toNanos() * 10;
        if (flush != null && !overdue) {
            flush.cancel(false);
        }
        if (flush == null || flush.isDone() || !overdue) {
            flush = timer.schedule(this::resync, overdue ? 0 : quiet.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void resync() {
        ChangedRecords changed;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            changed = new ChangedRecords(system, pending);
            pending.clear();
        }
        SyncRequest request = new SyncRequest(connection, dryRun, changed);
        try {
            SyncOutcome outcome = service.sync(request);
            if (outcome != null && outcome.status() == SyncOutcome.Status.SKIPPED_LOCKED) {
                log.debug("{}: another instance is syncing; {} changed records wait", connection, changed.size());
                changed(changed.ids());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failures.record(new MessageHandlingException(MessageBuilder.withPayload(request).build(), e));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
