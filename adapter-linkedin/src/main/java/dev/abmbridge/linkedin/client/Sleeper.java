package dev.abmbridge.linkedin.client;

import java.time.Duration;

/** Waits; injected so tests never sleep for real (a test sleeper moves a clock instead). */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    };

    void sleep(Duration duration);
}
