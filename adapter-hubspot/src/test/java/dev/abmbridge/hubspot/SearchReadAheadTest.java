package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.hubspot.SearchReadAhead.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead on its own, with a source of numbered pages: page n is followed by the request after n, up to a
 * last page. What is checked is what the engine sees (the same pages, the same errors, in the same order) and how
 * many reads the source served.
 */
class SearchReadAheadTest {

    private static final int LAST = 5;

    private final List<Integer> reads = new CopyOnWriteArrayList<>();
    private volatile Integer failing;

    /** Page n answers the request after position n - 1; its own position is n. */
    private String fetch(PageRequest request) {
        int n = Integer.parseInt(request.after().lastId()) + 1;
        reads.add(n);
        if (failing != null && failing == n) {
            throw new IllegalStateException("page " + n + " failed");
        }
        return "page " + n;
    }

    private static PageRequest following(PageRequest request, String page) {
        int n = Integer.parseInt(page.substring(5));
        return n == LAST ? null : request(n);
    }

    private static PageRequest request(int after) {
        return new PageRequest(RecordKind.ACCOUNT, new Cursor(Instant.EPOCH, String.valueOf(after)), 200);
    }

    private final SearchReadAhead<String> readAhead = new SearchReadAhead<>(this::fetch, SearchReadAheadTest::following);

    @Test
    void theEngineGetsEveryPageOnceInOrderAndEachIsReadOnce() throws InterruptedException {
        for (int n = 1; n <= LAST; n++) {
            assertThat(readAhead.page(request(n - 1))).isEqualTo("page " + n);
            if (n < LAST) {
                // The next page is read while the engine still holds this one.
                awaitReads(n + 1);
            }
        }
        Thread.sleep(50);
        assertThat(reads).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void anErrorOfAPageReadAheadIsThrownWhenThatPageIsAskedFor() {
        failing = 3;
        assertThat(readAhead.page(request(0))).isEqualTo("page 1");
        assertThat(readAhead.page(request(1))).isEqualTo("page 2");
        awaitReads(3);
        assertThatThrownBy(() -> readAhead.page(request(2))).isInstanceOf(IllegalStateException.class).hasMessage("page 3 failed");
        failing = null;
        assertThat(readAhead.page(request(2))).as("asked again, read again").isEqualTo("page 3");
    }

    @Test
    void aDifferentRequestDropsThePageReadAheadAndIsReadDirectly() {
        assertThat(readAhead.page(request(0))).isEqualTo("page 1");
        awaitReads(2);
        assertThat(readAhead.page(request(0))).as("the engine starts over").isEqualTo("page 1");
        assertThat(readAhead.page(request(1))).isEqualTo("page 2");
        awaitReads(5);
        assertThat(reads).containsExactly(1, 2, 1, 2, 3);
    }

    @Test
    void aDroppedPageStillBeingReadIsWaitedForSoTheSourceNeverServesTwoRequestsAtOnce() throws InterruptedException {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> overlaps = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        SearchReadAhead<String> slow = new SearchReadAhead<>(r -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.add(r.after().lastId());
            }
            try {
                if (r.after().lastId().equals("1")) {
                    slowStarted.countDown();
                    release.await(5, TimeUnit.SECONDS);
                }
                return fetch(r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("cancelled");
            } finally {
                inside.decrementAndGet();
            }
        }, SearchReadAheadTest::following);

        assertThat(slow.page(request(0))).isEqualTo("page 1");
        assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.page(request(3))).isEqualTo("page 4");
        release.countDown();
        assertThat(overlaps).isEmpty();
    }

    private void awaitReads(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reads.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(reads).hasSizeGreaterThanOrEqualTo(count);
    }
}
