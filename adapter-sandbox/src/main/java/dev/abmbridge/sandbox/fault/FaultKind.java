package dev.abmbridge.sandbox.fault;

/** What fault injection does to one call. */
public enum FaultKind {
    NONE, CONNECTION_RESET, SERVER_ERROR, THROTTLE
}
