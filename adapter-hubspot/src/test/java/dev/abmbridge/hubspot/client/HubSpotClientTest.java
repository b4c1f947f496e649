package dev.abmbridge.hubspot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.abmbridge.core.spi.SystemUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The client's error classification and waits against a local stub that answers a scripted sequence (no real sleeping). */
class HubSpotClientTest {

    private record Scripted(int status, String body, String retryAfter) {
    }

    private static final String TOKEN = "pat-na1-very-secret";

    private final Deque<Scripted> script = new ConcurrentLinkedDeque<>();
    private final List<String> authHeaders = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private HttpServer server;
    private HubSpotClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authHeaders.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Scripted s = script.isEmpty() ? new Scripted(200, "{}", null) : script.poll();
            if (s.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", s.retryAfter());
            }
            byte[] bytes = s.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(s.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = client(TokenProvider.fixed(TOKEN), 4);
    }

    private HubSpotClient client(TokenProvider tokens, int attempts) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T22:00:00Z"), ZoneOffset.UTC);
        return new HubSpotClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "2026-03", tokens,
                HttpClient.newHttpClient(), JsonMapper.builder().build(), new HubSpotCallLimits(100_000, 1_000_000, 100_000),
                sleeps::add, clock, ZoneId.of("UTC"), attempts, Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void then(int status, String body) {
        script.add(new Scripted(status, body, null));
    }

    @Test
    void everyPathCarriesTheConfiguredVersionAndTheBearerToken() {
        assertThat(client.objects("companies/search")).isEqualTo("/crm/objects/2026-03/companies/search");
        assertThat(client.lists("")).isEqualTo("/crm/lists/2026-03");
        client.get(client.objects("companies"));
        assertThat(authHeaders).containsExactly("Bearer " + TOKEN);
    }

    @Test
    void aTenSecondly429WaitsTheRollingWindowOrTheRetryAfter() {
        then(429, "{\"status\":\"error\",\"policyName\":\"TEN_SECONDLY_ROLLING\",\"errorType\":\"RATE_LIMIT\"}");
        script.add(new Scripted(429, "{\"status\":\"error\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}", "12"));
        then(200, "{\"ok\":true}");

        HubSpotReply reply = client.get(client.objects("companies"));

        assertThat(reply.body().get("ok").asBoolean()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(12));
    }

    @Test
    void searchsSecondlyLimitWaitsOneSecond() {
        then(429, "{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"policyName\":\"SECONDLY\"}");
        client.post(client.objects("companies/search"), java.util.Map.of());
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aDailyLimitGoesBackToTheEngineWithTheTimeUntilMidnight() {
        then(429, "{\"status\":\"error\",\"message\":\"You have reached your daily limit.\",\"policyName\":\"DAILY\"}");
        assertThatThrownBy(() -> client.get(client.objects("companies"))).isInstanceOf(SystemUnavailableException.class)
                .satisfies(e -> assertThat(((SystemUnavailableException) e).retryAfter()).isEqualTo(Duration.ofHours(2)));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void lockedWaitsTwoSecondsAndMigrationWaitsItsRetryAfter() {
        then(423, "{\"status\":\"error\",\"message\":\"locked\"}");
        script.add(new Scripted(477, "{\"status\":\"error\",\"message\":\"Migration in progress\"}", "30"));
        then(200, "{}");

        assertThat(client.get(client.objects("companies")).ok()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    @Test
    void aMigrationLongerThanThePatienceIsHandedBackWithItsWait() {
        script.add(new Scripted(477, "{\"status\":\"error\"}", "3600"));
        assertThatThrownBy(() -> client.get(client.objects("companies"))).isInstanceOf(SystemUnavailableException.class)
                .satisfies(e -> assertThat(((SystemUnavailableException) e).retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void serverErrorsBackOffAndGiveUpAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            then(502, "{\"status\":\"error\",\"category\":\"BAD_GATEWAY\"}");
        }
        assertThatThrownBy(() -> client.get(client.objects("companies"))).isInstanceOf(SystemUnavailableException.class)
                .hasMessageContaining("502");
        assertThat(sleeps).hasSize(3).allSatisfy(d -> assertThat(d).isPositive());
    }

    @Test
    void anAuthFailureIsPermanentAndNeverShowsTheToken() {
        then(401, "{\"status\":\"error\",\"category\":\"INVALID_AUTHENTICATION\",\"message\":\"Authentication credentials not found.\"}");
        assertThatThrownBy(() -> client.get(client.objects("companies"))).isInstanceOf(HubSpotApiException.class)
                .satisfies(e -> {
                    HubSpotApiException h = (HubSpotApiException) e;
                    assertThat(h.kind()).isEqualTo(HubSpotApiException.Kind.AUTH);
                    assertThat(h.category()).isEqualTo("INVALID_AUTHENTICATION");
                    assertThat(h.getMessage()).doesNotContain(TOKEN);
                });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a401RefreshesAnOAuthTokenOnce() {
        List<String> issued = new ArrayList<>(List.of("first", "second"));
        TokenProvider rotating = new TokenProvider() {
            private String current = issued.remove(0);

            @Override
            public String token() {
                return current;
            }

            @Override
            public boolean invalidate() {
                current = issued.isEmpty() ? current : issued.remove(0);
                return true;
            }
        };
        HubSpotClient oauth = client(rotating, 3);
        then(401, "{\"status\":\"error\",\"category\":\"EXPIRED_AUTHENTICATION\"}");
        then(200, "{}");

        assertThat(oauth.get(oauth.objects("companies")).ok()).isTrue();
        assertThat(authHeaders).containsExactly("Bearer first", "Bearer second");
    }

    @Test
    void aRefusedRequestIsRejectedWithHubSpotsCategoryAndMessage() {
        then(400, "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\",\"message\":\"Property values were not valid\","
                + "\"correlationId\":\"c-1\"}");
        assertThatThrownBy(() -> client.post(client.objects("companies/batch/update"), java.util.Map.of()))
                .isInstanceOf(HubSpotApiException.class)
                .hasMessageContaining("VALIDATION_ERROR").hasMessageContaining("Property values were not valid").hasMessageContaining("c-1");
    }

    @Test
    void notFoundAndConflictAreAnswersForTheCaller() {
        then(404, "{\"status\":\"error\",\"category\":\"OBJECT_NOT_FOUND\"}");
        then(409, "{\"status\":\"error\"}");
        assertThat(client.get(client.lists("object-type-id/0-2/name/x")).status()).isEqualTo(404);
        assertThat(client.post(client.properties("companies"), java.util.Map.of()).status()).isEqualTo(409);
    }
}
