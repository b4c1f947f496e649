package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.metadata.ConcurrentMetadataStore;
import org.springframework.integration.support.locks.DistributedLock;
import org.springframework.integration.support.locks.RenewableLockRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One tick of a connection's poller: take the connection's cluster-wide lock without waiting (another instance
 * syncing it means this tick does nothing), run the sync, release. While the sync runs on a worker thread, the
 * thread that holds the lock renews it every third of its time to live, so a long sync keeps it and a dead
 * instance's lock expires. Records each tick in the metadata store, and clears the connection's run-level dead
 * letter when a run succeeds. A failing run throws: the poller sends it to its error channel.
 */
public final class ConnectionSyncService implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectionSyncService.class);

    private final SyncRunner runner;
    private final RenewableLockRegistry<DistributedLock> locks;
    private final ConcurrentMetadataStore metadata;
    private final RunFailureRecorder failures;
    private final Duration lockTtl;
    private final Clock clock;
    private final ExecutorService workers;
    private final Object drain = new Object();
    private int inFlight;
    private boolean running;

    public ConnectionSyncService(SyncRunner runner, RenewableLockRegistry<DistributedLock> locks,
                                 ConcurrentMetadataStore metadata, RunFailureRecorder failures, Duration lockTtl,
                                 Clock clock) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.locks = locks;
        this.metadata = metadata;
        this.failures = failures;
        this.lockTtl = lockTtl;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "abm-sync-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The lock key of a connection (the registry hashes it into INT_LOCK's key). */
    static String lockKey(String connection) {
        return "sync/" + connection;
    }

    /** The metadata-store key of a fact about a connection, e.g. {@code crm.lastSucceeded}. */
    public static String metadataKey(String connection, String fact) {
        return connection + "." + fact;
    }

    /** One tick; null (nothing to report) once the application is stopping. */
    public SyncOutcome sync(SyncRequest request) throws InterruptedException {
        if (!enter()) {
            return null;
        }
        try {
            return tick(request);
        } finally {
            leave();
        }
    }

    private SyncOutcome tick(SyncRequest request) throws InterruptedException {
        String connection = request.connection();
        Instant started = clock.instant();
        DistributedLock lock = locks.obtain(lockKey(connection));
        if (!lock.tryLock(Duration.ZERO, lockTtl)) {
            metadata.put(metadataKey(connection, "lastSkipped"), started.toString());
            log.debug("{}: another instance is syncing it, nothing to do", connection);
            return new SyncOutcome(connection, SyncOutcome.Status.SKIPPED_LOCKED, started, clock.instant(), null);
        }
        AtomicBoolean interrupted = new AtomicBoolean();
        try {
            metadata.put(metadataKey(connection, "lastStarted"), started.toString());
            RunSummary summary = runHoldingLock(request, interrupted);
            Instant finished = clock.instant();
            metadata.put(metadataKey(connection, "lastSucceeded"), finished + " " + summary.runId());
            failures.cleared(connection);
            log.info("{}: synced, {} records read, {} to write, {} calls", connection, summary.totalRecordsRead(),
                    summary.totalRecordsToWrite(), summary.totalSinkCalls());
            return new SyncOutcome(connection, SyncOutcome.Status.SYNCED, started, finished, summary);
        } finally {
            lock.unlock();
            if (interrupted.get()) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs the sync on a worker and waits for it, renewing the lock meanwhile. The lock is released only after the
     * worker has finished: an interrupt (shutdown) is passed on to the worker and the wait goes on, so another
     * instance never starts while this one may still write; the caller restores the interrupt after unlocking.
     */
    private RunSummary runHoldingLock(SyncRequest request, AtomicBoolean interrupted) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<RunSummary> run = workers.submit(() -> {
            worker.set(Thread.currentThread());
            return runner.run(request.connection(), request.options(), request.changed());
        });
        long renewEvery = Math.max(1, lockTtl.toMillis() / 3);
        try {
            while (true) {
                try {
                    return run.get(renewEvery, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    renewOrStop(request.connection(), worker.get());
                } catch (InterruptedException shutdown) {
                    interrupted.set(true);
                    Thread w = worker.get();
                    if (w != null) {
                        w.interrupt();
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A lock that cannot be renewed may be another instance's soon: the run is told to stop. */
    private void renewOrStop(String connection, Thread worker) {
        try {
            locks.renewLock(lockKey(connection), lockTtl);
        } catch (RuntimeException lost) {
            if (worker != null) {
                worker.interrupt();
            }
            throw new IllegalStateException(connection + ": lost the sync lock (" + lost.getMessage()
                    + "); the run was interrupted", lost);
        }
    }

    private boolean enter() {
        synchronized (drain) {
            if (running) {
                inFlight++;
            }
            return running;
        }
    }

    private void leave() {
        synchronized (drain) {
            inFlight--;
            drain.notifyAll();
        }
    }

    @Override
    public void start() {
        synchronized (drain) {
            running = true;
        }
    }

    @Override
    public void stop() {
        synchronized (drain) {
            running = false;
            try {
                while (inFlight > 0) {
                    drain.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Stops first (highest phase): no new tick starts, and the ticks under way finish, lock released and outcome
     * sent, while the pollers, channels and database are still up. Spring waits for it up to its shutdown-phase
     * timeout.
     */
    @Override
    public void stop(Runnable callback) {
        synchronized (drain) {
            running = false;
        }
        Thread waiter = new Thread(() -> {
            stop();
            callback.run();
        }, "abm-sync-drain");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Override
    public boolean isRunning() {
        synchronized (drain) {
            return running;
        }
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
