package dev.abmbridge.sandbox.http;

/** How one API shapes the failures that fault injection produces (its own 5xx and throttling bodies). */
public interface FaultResponses {

    EmulatorResponse serverError();

    EmulatorResponse throttled();
}
