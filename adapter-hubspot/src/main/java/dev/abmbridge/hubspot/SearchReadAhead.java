package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.RecordKind;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads the next search page while the engine stores the current one. The engine asks for the page after the last
 * record it was given, so once a page that is not the last is returned, that next request is known: it is started
 * at once on one background thread and handed over when the engine asks for exactly that request. Never more than
 * one page ahead; the calls go through the same client and rate limiters; an error of the page read ahead is
 * thrown when that page is asked for, after the engine has stored the pages before it. When the engine asks for
 * anything else, the page read ahead is cancelled and dropped (and waited for, so the pager never serves two
 * requests at once): the answer is always what a direct read would give.
 *
 * @param <P> a fetched page
 */
final class SearchReadAhead<P> {

    /** What the engine asks: the records of one kind after a position, at most {@code pageSize}. */
    record PageRequest(RecordKind kind, Cursor after, int pageSize) {
    }

    /** The request that follows a fetched page, or null when the page was the last. */
    interface Next<P> {
        PageRequest after(PageRequest request, P page);
    }

    private final Function<PageRequest, P> fetch;
    private final Next<P> next;
    private final ExecutorService worker;
    private PageRequest aheadFor;
    private Future<P> ahead;

    SearchReadAhead(Function<PageRequest, P> fetch, Next<P> next) {
        this.fetch = fetch;
        this.next = next;
        // No thread while idle (core size 0): a connector that is not pulling holds none.
        this.worker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "hubspot-search-read-ahead");
            t.setDaemon(true);
            return t;
        });
    }

    synchronized P page(PageRequest request) {
        P page = takeAhead(request);
        if (page == null) {
            page = fetch.apply(request);
        }
        PageRequest following = next.after(request, page);
        if (following != null) {
            aheadFor = following;
            ahead = worker.submit(() -> fetch.apply(following));
        }
        return page;
    }

    /** The page read ahead for this request, or null when none was (a different one is dropped). */
    private P takeAhead(PageRequest request) {
        if (ahead == null) {
            return null;
        }
        Future<P> pending = ahead;
        boolean match = aheadFor.equals(request);
        ahead = null;
        aheadFor = null;
        if (!match) {
            drop(pending);
            return null;
        }
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("HubSpot search read ahead failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new IllegalStateException("interrupted while waiting for a HubSpot search page");
        }
    }

    /** Cancels a page read ahead and waits until the worker has let go of it. */
    private void drop(Future<P> pending) {
        pending.cancel(true);
        try {
            // The single worker runs tasks in order: once this empty task has run, the dropped one has ended.
            worker.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dropping a HubSpot search page read ahead");
        }
    }
}
