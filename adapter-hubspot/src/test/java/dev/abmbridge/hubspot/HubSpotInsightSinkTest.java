package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sink against a local stub that refuses a whole batch with a 400 whenever it holds one poisoned record (which
 * the emulator never does): the batch is halved until the poisoned record is alone, and its batch-mates land.
 */
class HubSpotInsightSinkTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Integer> batchSizes = new ArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        int status = 200;
        if (path.startsWith("/crm/properties/2026-03/companies/")) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String type = name.contains("score") || name.contains("coverage") ? "number" : "string";
            body = "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"fieldType\":\"text\",\"groupName\":\"abm\",\"options\":[],"
                    + "\"modificationMetadata\":{\"readOnlyValue\":false}}";
        } else if (path.equals("/crm/objects/2026-03/companies/batch/update")) {
            JsonNode inputs = json.readTree(exchange.getRequestBody()).get("inputs");
            batchSizes.add(inputs.size());
            StringBuilder results = new StringBuilder();
            boolean poisoned = false;
            for (JsonNode input : inputs) {
                poisoned |= input.get("id").asString().equals("13");
                results.append(results.length() == 0 ? "" : ",").append("{\"id\":\"").append(input.get("id").asString()).append("\"}");
            }
            if (poisoned) {
                status = 400;
                body = "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\",\"message\":\"Record 13 is not valid\"}";
            } else {
                body = "{\"status\":\"COMPLETE\",\"results\":[" + results + "]}";
            }
        } else {
            status = 404;
            body = "{\"status\":\"error\",\"category\":\"OBJECT_NOT_FOUND\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aBatchRefusedForOneRecordIsHalvedUntilTheRecordIsAlone() {
        HubSpotConfig config = HubSpotConfig.token("env:T").withBaseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .withNativeProperties(false, false, false, false).withLimits(10_000, 1_000_000, 100);
        HubSpotConnection connection = HubSpotConnection.open(config, new HubSpotSecrets(Map.of("T", "pat-x")::get), Clock.systemUTC(), d -> { });
        List<RecordUpdate> updates = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            updates.add(new RecordUpdate(RecordKind.ACCOUNT, Integer.toString(i), Map.of(OwnedFields.FIT_SCORE, "50")));
        }

        List<Outcome> out = new HubSpotInsightSink(connection).write(updates);

        assertThat(out).hasSize(16);
        assertThat(out).filteredOn(o -> o.status() == Outcome.Status.OK).hasSize(15);
        assertThat(out).filteredOn(o -> o.id().equals("13")).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Outcome.Status.REJECTED);
            assertThat(o.reason()).contains("Record 13 is not valid");
        });
        assertThat(batchSizes).containsExactly(16, 8, 8, 4, 4, 2, 1, 1, 2);
    }
}
