package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.client.Sleeper;
import dev.abmbridge.sandbox.MutableClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sleeps by moving the sandbox's clock: tests never wait for real. */
final class ClockSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> sleeps = new ArrayList<>();

    ClockSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
