package dev.abmbridge.sandbox.fault;

import java.util.SplittableRandom;

/** Draws faults from a {@link FaultProfile} with a seeded random source, so a run's failures are reproducible. */
public final class FaultInjector {

    private volatile FaultProfile profile;
    private final SplittableRandom random;

    public FaultInjector(FaultProfile profile, long seed) {
        this.profile = profile;
        this.random = new SplittableRandom(seed);
    }

    public void change(FaultProfile newProfile) {
        this.profile = newProfile;
    }

    public FaultProfile profile() {
        return profile;
    }

    public synchronized FaultDecision nextCall() {
        FaultProfile p = profile;
        if (isQuiet(p)) {
            return FaultDecision.NONE;
        }
        long delay = random.nextDouble() < p.latencyProbability() ? p.latency().toMillis() : 0;
        double roll = random.nextDouble();
        FaultKind kind;
        if (roll < p.connectionResetProbability()) {
            kind = FaultKind.CONNECTION_RESET;
        } else if (roll < p.connectionResetProbability() + p.serverErrorProbability()) {
            kind = FaultKind.SERVER_ERROR;
        } else if (roll < p.connectionResetProbability() + p.serverErrorProbability() + p.throttleProbability()) {
            kind = FaultKind.THROTTLE;
        } else {
            kind = FaultKind.NONE;
        }
        return new FaultDecision(kind, delay);
    }

    /** Whether the next record of a write should be rejected (the API's own lock/transient error). */
    public synchronized boolean rejectRecord() {
        double p = profile.recordRejectProbability();
        return p > 0 && random.nextDouble() < p;
    }

    private static boolean isQuiet(FaultProfile p) {
        return p.latencyProbability() == 0 && p.connectionResetProbability() == 0
                && p.serverErrorProbability() == 0 && p.throttleProbability() == 0;
    }
}
