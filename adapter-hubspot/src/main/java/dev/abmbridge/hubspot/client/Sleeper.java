package dev.abmbridge.hubspot.client;

import java.time.Duration;

/** Waits; injected so tests never sleep for real. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
