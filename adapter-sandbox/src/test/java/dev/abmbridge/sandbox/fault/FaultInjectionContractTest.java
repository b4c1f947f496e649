package dev.abmbridge.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionContractTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void hubSpotServerErrorsAndThrottlingFollowTheSeededProfile() throws Exception {
        FaultProfile profile = FaultProfile.none().withServerErrors(0.2).withThrottling(0.2);
        try (Sandbox sandbox = start(FaultProfile.none(), profile, FaultProfile.none(), 4)) {
            List<Integer> statuses = hubSpotStatuses(sandbox, 200);
            long errors = statuses.stream().filter(s -> s == 502).count();
            long throttled = statuses.stream().filter(s -> s == 429).count();
            assertThat(errors).isBetween(20L, 60L);
            assertThat(throttled).isBetween(20L, 60L);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(200 - errors - throttled);
            assertThat(sandbox.ledger().calls("hubspot", "fault:server-error")).isEqualTo(errors);
            assertThat(sandbox.ledger().calls("hubspot", "fault:throttle")).isEqualTo(throttled);
        }
    }

    @Test
    void theSameSeedFailsTheSameCalls() throws Exception {
        FaultProfile profile = FaultProfile.none().withServerErrors(0.3);
        List<Integer> first;
        try (Sandbox sandbox = start(FaultProfile.none(), profile, FaultProfile.none(), 7)) {
            first = hubSpotStatuses(sandbox, 50);
        }
        try (Sandbox sandbox = start(FaultProfile.none(), profile, FaultProfile.none(), 7)) {
            assertThat(hubSpotStatuses(sandbox, 50)).isEqualTo(first);
        }
    }

    @Test
    void throttledHubSpotCallsCarryHubSpotsRateLimitBody() throws Exception {
        try (Sandbox sandbox = start(FaultProfile.none(), FaultProfile.none().withThrottling(1.0), FaultProfile.none(), 1)) {
            HttpResponse<String> response = HTTP.send(hubSpotGet(sandbox), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.body()).contains("\"errorType\":\"RATE_LIMIT\"").contains("TEN_SECONDLY_ROLLING");
        }
    }

    @Test
    void connectionResetsBreakTheConnection() {
        try (Sandbox sandbox = start(FaultProfile.none(), FaultProfile.none().withConnectionResets(1.0), FaultProfile.none(), 1)) {
            assertThatThrownBy(() -> HTTP.send(hubSpotGet(sandbox), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        }
    }

    @Test
    void latencyDelaysResponses() throws Exception {
        try (Sandbox sandbox = start(FaultProfile.none(), FaultProfile.none().withLatency(1.0, Duration.ofMillis(300)), FaultProfile.none(), 1)) {
            long started = System.nanoTime();
            HttpResponse<String> response = HTTP.send(hubSpotGet(sandbox), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(290);
        }
    }

    @Test
    void salesforceFaultsAreSoapFaults() throws Exception {
        try (Sandbox sandbox = start(FaultProfile.none().withServerErrors(1.0), FaultProfile.none(), FaultProfile.none(), 1)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.salesforceUrl() + "/services/Soap/u/65.0"))
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                    .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("<faultcode>sf:UNKNOWN_EXCEPTION</faultcode>");
        }
    }

    @Test
    void linkedInThrottlingIs429() throws Exception {
        try (Sandbox sandbox = start(FaultProfile.none(), FaultProfile.none(), FaultProfile.none().withThrottling(1.0), 1)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.linkedInUrl() + "/rest/organizations/10000"))
                    .header("Authorization", "Bearer " + sandbox.linkedIn().accessToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.body()).contains("TOO_MANY_REQUESTS");
        }
    }

    private static Sandbox start(FaultProfile salesforce, FaultProfile hubSpot, FaultProfile linkedIn, long seed) {
        return Sandbox.start(SandboxConfig.defaults().withData(20, 20, seed).withHubSpotLimits(100_000, 1_000_000)
                .withFaults(salesforce, hubSpot, linkedIn));
    }

    private static List<Integer> hubSpotStatuses(Sandbox sandbox, int calls) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(HTTP.send(hubSpotGet(sandbox), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        return statuses;
    }

    private static HttpRequest hubSpotGet(Sandbox sandbox) {
        return HttpRequest.newBuilder(URI.create(sandbox.hubSpotUrl() + "/crm/objects/2026-03/companies?limit=1"))
                .header("Authorization", "Bearer " + sandbox.hubSpot().privateAppToken()).GET().build();
    }
}
