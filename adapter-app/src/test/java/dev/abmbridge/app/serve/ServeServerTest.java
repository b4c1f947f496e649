package dev.abmbridge.app.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The serve context over real HTTP: health per connection, the abm_* metrics, and access with a token. */
@ExtendWith(OutputCaptureExtension.class)
class ServeServerTest {

    static final String TOKEN = "t0ken-for-serve-test-9f3a";

    @Test
    void healthPerConnectionAndPrometheusMetricsAfterScheduledRuns() throws Exception {
        try (ServeTestServer server = ServeTestServer.start(Map.of(
                "abm.runtime.connections.crm.cron", "* * * * * *"))) {
                awaitRuns(server, 2);

            HttpResponse<String> health = server.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"connections\"").containsPattern("\"crm\":\\{\"details\":\\{[^}]*},\"status\":\"UP\"");

            String metrics = server.get("/actuator/prometheus").body();
            assertThat(metrics)
                    .containsPattern("abm_records_read_total\\{system=\"crm\"} [1-9]")
                    .containsPattern("abm_records_written_total\\{system=\"crm\"} [1-9]")
                    .containsPattern("abm_api_calls_total\\{system=\"crm\"} [1-9]")
                    .containsPattern("abm_api_calls_total\\{system=\"ads\"} [1-9]")
                    .containsPattern("abm_api_quota_remaining\\{system=\"crm\"} [1-9]")
                    .containsPattern("abm_runs_total\\{connection=\"crm\",outcome=\"synced\"} [1-9]")
                    .containsPattern("abm_run_duration_seconds_count\\{connection=\"crm\",outcome=\"synced\"} [1-9]")
                    .containsPattern("abm_dead_letters\\{kind=\"MEMBER\",system=\"ads\"} 1");
        }
    }

    @Test
    void withATokenEveryPageAndApiNeedsItAsBearerOrSession(CapturedOutput output) throws Exception {
        try (ServeTestServer server = ServeTestServer.start(Map.of("abm.serve.token", TOKEN))) {
            assertThat(server.get("/actuator/health").statusCode()).isEqualTo(401);
            assertThat(server.get("/actuator/prometheus").statusCode()).isEqualTo(401);
            assertThat(server.get("/actuator/health", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(server.get("/actuator/health", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);

            HttpResponse<String> page = server.get("/", "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            HttpResponse<String> wrong = login(server, "not-the-token");
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("failed"));
            HttpResponse<String> signedIn = login(server, TOKEN);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            String session = cookie(signedIn);
            assertThat(server.get("/actuator/health", "Cookie", session).statusCode()).isEqualTo(200);
        }
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void theAccountLookupAnswersAfterASyncWithItsOwnKeyNotTheToken() throws Exception {
        String key = "lookup-key-for-serve-test";
        try (ServeTestServer server = ServeTestServer.start(Map.of(
                "abm.runtime.connections.crm.cron", "* * * * * *",
                "abm.serve.token", TOKEN,
                "abm.lookup.keys[0].name", "website",
                "abm.lookup.keys[0].sha256", dev.abmbridge.core.state.SnapshotCodec.sha256(key)))) {
            awaitRuns(server, 1);
            HttpResponse<String> found = server.get("/api/v1/accounts/lookup?domain=acme.com", "X-Api-Key", key);
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("Tier 1");
            assertThat(server.get("/api/v1/accounts/lookup?domain=acme.com").statusCode()).isEqualTo(401);
            assertThat(server.get("/api/v1/accounts/lookup?domain=nobody.example", "X-Api-Key", key).statusCode())
                    .isEqualTo(404);
        }
    }

    private static HttpResponse<String> login(ServeTestServer server, String token) throws Exception {
        HttpResponse<String> form = server.get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "username=admin&password=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    static void awaitRuns(ServeTestServer server, int runs) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (server.bridge.runs.get() < runs + 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + server.bridge.runs.get() + " runs in 20 s");
            }
            Thread.sleep(50);
        }
    }
}
