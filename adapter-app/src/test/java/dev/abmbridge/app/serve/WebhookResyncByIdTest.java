package dev.abmbridge.app.serve;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.config.BridgeConfigLoader;
import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.hubspot.HubSpotObjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's bridge answers a webhook's re-sync by reading the records it names, by id, against the sandbox's
 * HubSpot: one batch read and no search, the change written back, and the scheduled run's cursor left for it.
 */
class WebhookResyncByIdTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Bridge bridge;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.defaults().withData(60, 200, 7));
        try (InputStream playbook = WebhookResyncByIdTest.class.getResourceAsStream("/starter/playbook.yml")) {
            Files.copy(playbook, dir.resolve("playbook.yml"));
        }
        Files.writeString(dir.resolve("abm-bridge.yml"), """
                abm:
                  playbook: playbook.yml
                  connections:
                    marketing:
                      type: hubspot
                      url: %s
                      token: ${HS_TOKEN}
                      roles: [source, sink]
                      ten-second-limit: 100000
                      daily-limit: 100000000
                      search-per-second: 100000
                      search-settle: 0s
                """.formatted(sandbox.hubSpotUrl()));
        Map<String, String> env = Map.of("HS_TOKEN", "pat-na1-sandbox-7");
        bridge = Bridge.open(new BridgeConfigLoader(env::get).load(dir.resolve("abm-bridge.yml")), env::get,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (bridge != null) {
            bridge.close();
        }
        sandbox.close();
    }

    @Test
    void aWebhooksChangedCompanyIsReadByIdAndItsNewValuesWritten() throws Exception {
        BridgeServedBridge served = new BridgeServedBridge(bridge, Set.of("main"));
        bridge.setup(false);
        served.sync("main", RunOptions.SYNC);
        String id = firstCompanyId();
        patchCompany(id, "{\"properties\":{\"industry\":\"COMPUTER_SOFTWARE\",\"numberofemployees\":\"9000\","
                + "\"country\":\"United States\"}}");
        String scoreBefore = sandbox.hubSpot().portal().value(HubSpotObjectType.COMPANIES, id, "abm_fit_score").orElse("");
        sandbox.ledger().reset();

        RunSummary resync = served.sync("main", RunOptions.SYNC,
                new ChangedRecords("hubspot", Map.of(RecordKind.ACCOUNT, Set.of(id))));

        assertThat(sandbox.ledger().calls("hubspot", "companies:batch/read")).isEqualTo(1);
        assertThat(sandbox.ledger().calls("hubspot", "companies:search")).isZero();
        assertThat(sandbox.ledger().calls("hubspot", "contacts:search")).isZero();
        assertThat(resync.recordsRead()).containsEntry("hubspot", 1);
        assertThat(resync.recordsChanged()).isEqualTo(1);
        assertThat(sandbox.hubSpot().portal().value(HubSpotObjectType.COMPANIES, id, "abm_fit_score").orElse(""))
                .as("the fit score reflects the webhook's change").isNotEqualTo(scoreBefore);
    }

    private String firstCompanyId() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.hubSpotUrl() + "/crm/v3/objects/companies?limit=1"))
                .header("Authorization", "Bearer pat-na1-sandbox-7").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        return body.path("results").path(0).path("id").asString();
    }

    private void patchCompany(String id, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.hubSpotUrl() + "/crm/v3/objects/companies/" + id))
                .header("Authorization", "Bearer pat-na1-sandbox-7").header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
