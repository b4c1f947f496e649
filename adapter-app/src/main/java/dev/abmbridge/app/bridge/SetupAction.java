package dev.abmbridge.app.bridge;

/** One change {@code setup} made (or, in a dry run, would make) in a connected system. */
public record SetupAction(String connection, String system, String action, boolean done) {
}
