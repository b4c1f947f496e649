package dev.abmbridge.core.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the applier's batches on one thread of its own, one after another in the order they are handed over, so
 * the engine evaluates and plans the next chunk while a batch waits for its permit, for the destination and for
 * the store. Each batch is still journaled before it is sent and its outcomes stored after it, all on that one
 * thread: the store sees the same write transactions in the same order as when the engine sent the batches itself
 * (batches already wait in buffers across chunks, so the engine's reads of later chunks never depended on them).
 * At most {@code depth} batches wait, which bounds memory. The first failure (the store, a checkpoint) stops it:
 * the batches behind it are dropped, as a process that died there would drop them, and the failure is thrown on
 * the engine's thread at its next hand-over or at {@link #await()}. One per run.
 */
final class ApplyThread implements AutoCloseable {

    private final ExecutorService thread;
    private final Semaphore room;
    /** Report updates made on the apply thread, run on the engine's thread: the run report is not thread-safe. */
    private final Queue<Runnable> reports = new ConcurrentLinkedQueue<>();
    private volatile Throwable failure;
    private volatile boolean closed;

    ApplyThread(int depth) {
        this.room = new Semaphore(depth);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "abm-apply");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the batch on the apply thread after those handed over before; waits while {@code depth} are waiting. */
    void submit(Runnable batch) {
        drain();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing a batch over to be sent", e);
        }
        if (closed) {
            room.release();
            throw new IllegalStateException("the apply thread is closed");
        }
        thread.execute(() -> {
            try {
                if (failure == null && !closed) {
                    batch.run();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                room.release();
            }
        });
    }

    /** A report update made on the apply thread; it is run on the engine's thread at its next call. */
    void report(Runnable update) {
        reports.add(update);
    }

    /** Runs the report updates made so far on the caller's thread, then throws the failure, if any. */
    void drain() {
        for (Runnable r = reports.poll(); r != null; r = reports.poll()) {
            r.run();
        }
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException("sending a batch failed", f);
        }
    }

    /** Waits until every batch handed over is done, then {@link #drain() drains}. */
    void await() {
        try {
            thread.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the apply thread failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for batches to be sent", e);
        }
        drain();
    }

    /**
     * Drops the batches not started and waits for the one being sent (a run that fails leaves no thread sending
     * behind it: the next run's recovery must see every batch the failed one journaled).
     */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(15, TimeUnit.MINUTES)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
