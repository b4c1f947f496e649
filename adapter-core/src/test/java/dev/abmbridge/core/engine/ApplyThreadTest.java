package dev.abmbridge.core.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplyThreadTest {

    @Test
    void batchesRunInHandOverOrderOffTheCallersThreadAndReportUpdatesRunOnTheCaller() {
        List<Integer> sent = new CopyOnWriteArrayList<>();
        List<String> reportThreads = new CopyOnWriteArrayList<>();
        try (ApplyThread t = new ApplyThread(2)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                t.submit(() -> {
                    assertThat(Thread.currentThread().getName()).isEqualTo("abm-apply");
                    sent.add(n);
                    t.report(() -> reportThreads.add(Thread.currentThread().getName()));
                });
            }
            t.await();
        }
        assertThat(sent).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
        assertThat(reportThreads).hasSize(50).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aFailureIsThrownAtTheNextHandOverAndTheBatchesBehindItAreDropped() throws Exception {
        IllegalStateException crash = new IllegalStateException("simulated crash");
        AtomicBoolean ranAfter = new AtomicBoolean();
        try (ApplyThread t = new ApplyThread(1)) {
            CountDownLatch failed = new CountDownLatch(1);
            t.submit(() -> {
                failed.countDown();
                throw crash;
            });
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            // The failed batch has released its room once this one may be handed over; it is dropped.
            assertThatThrownBy(() -> {
                t.submit(() -> ranAfter.set(true));
                t.await();
            }).isSameAs(crash);
            assertThatThrownBy(t::await).isSameAs(crash);
        }
        assertThat(ranAfter).isFalse();
    }

    @Test
    void atMostDepthBatchesWaitAndCloseWaitsForTheOneBeingSentButDropsTheRest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean firstDone = new AtomicBoolean();
        AtomicBoolean secondRan = new AtomicBoolean();
        ApplyThread t = new ApplyThread(2);
        t.submit(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            firstDone.set(true);
        });
        t.submit(() -> secondRan.set(true));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean thirdRefused = new AtomicBoolean();
        Thread third = new Thread(() -> {
            try {
                t.submit(() -> { });
            } catch (IllegalStateException closed) {
                thirdRefused.set(true);
            }
        });
        third.start();
        third.join(300);
        assertThat(third.isAlive()).as("a third batch waits for room").isTrue();

        Thread closer = new Thread(t::close);
        closer.start();
        closer.join(300);
        assertThat(closer.isAlive()).as("close waits for the batch being sent").isTrue();
        release.countDown();
        closer.join(10_000);
        third.join(10_000);
        assertThat(firstDone).isTrue();
        assertThat(secondRan).as("a batch not started when the run stops is dropped").isFalse();
        assertThat(thirdRefused).as("no batch is taken once closed").isTrue();
    }
}
