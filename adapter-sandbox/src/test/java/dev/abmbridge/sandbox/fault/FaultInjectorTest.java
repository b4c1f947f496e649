package dev.abmbridge.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private final FaultProfile profile = FaultProfile.none().withServerErrors(0.1).withThrottling(0.1).withConnectionResets(0.05)
            .withLatency(0.2, Duration.ofMillis(50)).withRecordRejects(0.1);

    @Test
    void sameSeedDrawsTheSameFaults() {
        assertThat(draw(new FaultInjector(profile, 5))).isEqualTo(draw(new FaultInjector(profile, 5)));
    }

    @Test
    void drawsFaultsAtTheConfiguredRates() {
        List<FaultDecision> decisions = draw(new FaultInjector(profile, 9));
        assertThat(share(decisions, FaultKind.SERVER_ERROR)).isBetween(0.08, 0.12);
        assertThat(share(decisions, FaultKind.THROTTLE)).isBetween(0.08, 0.12);
        assertThat(share(decisions, FaultKind.CONNECTION_RESET)).isBetween(0.035, 0.065);
        double delayed = decisions.stream().filter(d -> d.delayMillis() == 50).count() / (double) decisions.size();
        assertThat(delayed).isBetween(0.17, 0.23);
    }

    @Test
    void quietProfileNeverFails() {
        FaultInjector injector = new FaultInjector(FaultProfile.none(), 1);
        assertThat(draw(injector)).allMatch(d -> d.equals(FaultDecision.NONE));
        assertThat(injector.rejectRecord()).isFalse();
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThatThrownBy(() -> FaultProfile.none().withServerErrors(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<FaultDecision> draw(FaultInjector injector) {
        List<FaultDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            decisions.add(injector.nextCall());
        }
        return decisions;
    }

    private static double share(List<FaultDecision> decisions, FaultKind kind) {
        return decisions.stream().filter(d -> d.kind() == kind).count() / (double) decisions.size();
    }
}
