package dev.abmbridge.sandbox.http;

/** The request-to-response logic of one emulated API. Implementations keep their state in memory. */
@FunctionalInterface
public interface EmulatorHandler {

    EmulatorResponse handle(EmulatorRequest request);
}
