package dev.abmbridge.sandbox.fault;

/** The fault (if any) chosen for one call, plus an added latency. */
public record FaultDecision(FaultKind kind, long delayMillis) {

    public static final FaultDecision NONE = new FaultDecision(FaultKind.NONE, 0);
}
