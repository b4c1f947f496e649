package dev.abmbridge.sandbox.fault;

import java.time.Duration;

/**
 * Seeded probabilities of the failures one emulator injects. Probabilities are per call, except
 * {@code recordRejectProbability}, which is per record of a write.
 */
public record FaultProfile(
        double latencyProbability,
        Duration latency,
        double serverErrorProbability,
        double throttleProbability,
        double connectionResetProbability,
        double recordRejectProbability) {

    public FaultProfile {
        check(latencyProbability);
        check(serverErrorProbability);
        check(throttleProbability);
        check(connectionResetProbability);
        check(recordRejectProbability);
        if (serverErrorProbability + throttleProbability + connectionResetProbability > 1.0) {
            throw new IllegalArgumentException("failure probabilities add up to more than 1");
        }
        latency = latency == null ? Duration.ZERO : latency;
    }

    public static FaultProfile none() {
        return new FaultProfile(0, Duration.ZERO, 0, 0, 0, 0);
    }

    public FaultProfile withLatency(double probability, Duration delay) {
        return new FaultProfile(probability, delay, serverErrorProbability, throttleProbability, connectionResetProbability, recordRejectProbability);
    }

    public FaultProfile withServerErrors(double probability) {
        return new FaultProfile(latencyProbability, latency, probability, throttleProbability, connectionResetProbability, recordRejectProbability);
    }

    public FaultProfile withThrottling(double probability) {
        return new FaultProfile(latencyProbability, latency, serverErrorProbability, probability, connectionResetProbability, recordRejectProbability);
    }

    public FaultProfile withConnectionResets(double probability) {
        return new FaultProfile(latencyProbability, latency, serverErrorProbability, throttleProbability, probability, recordRejectProbability);
    }

    public FaultProfile withRecordRejects(double probability) {
        return new FaultProfile(latencyProbability, latency, serverErrorProbability, throttleProbability, connectionResetProbability, probability);
    }

    private static void check(double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("probability must be within [0, 1]: " + p);
        }
    }
}
