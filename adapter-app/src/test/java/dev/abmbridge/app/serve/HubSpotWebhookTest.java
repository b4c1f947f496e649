package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ChangedRecords;
import dev.abmbridge.core.spi.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** HubSpot's v3 signature at the webhook endpoint, and the debounced re-sync it triggers. */
class HubSpotWebhookTest {

    static final String SECRET = "hubspot-client-secret-for-test";
    static final Duration DEBOUNCE = Duration.ofMillis(300);

    private static ServeTestServer server;

    @BeforeAll
    static void start() {
        server = ServeTestServer.start(Map.of(
                // A schedule that never fires during the test: every run is a webhook's.
                "abm.runtime.connections.crm.cron", "0 0 0 1 1 *",
                "abm.serve.hubspot.connection", "crm",
                "abm.serve.hubspot.client-secret", SECRET,
                "abm.serve.hubspot.debounce", DEBOUNCE.toMillis() + "ms",
                // A token as when exposed: the webhook still needs none, its signature is the proof.
                "abm.serve.token", "serve-token-for-webhook-test"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forgetEarlierRuns() {
        server.bridge.resyncs.clear();
    }

    static final String COMPANY_CHANGED = "[{\"eventId\":1,\"subscriptionId\":7,\"portalId\":62515,\"occurredAt\":"
            + "1764000000000,\"subscriptionType\":\"company.propertyChange\",\"attemptNumber\":0,\"objectId\":101,"
            + "\"propertyName\":\"industry\",\"propertyValue\":\"Software\",\"changeSource\":\"CRM\"}]";

    @Test
    void aBadSignatureIs401AndTriggersNothing() throws Exception {
        long now = System.currentTimeMillis();
        HttpResponse<String> forged = post(COMPANY_CHANGED, sign("wrong-secret", COMPANY_CHANGED, now), now);
        HttpResponse<String> unsigned = server.http.send(HttpRequest.newBuilder(URI.create(server.base
                        + HubSpotWebhook.PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(COMPANY_CHANGED)).build(), HttpResponse.BodyHandlers.ofString());
        String tampered = COMPANY_CHANGED.replace("101", "102");
        HttpResponse<String> changedBody = post(tampered, sign(SECRET, COMPANY_CHANGED, now), now);
        long old = now - Duration.ofMinutes(6).toMillis();
        HttpResponse<String> replayed = post(COMPANY_CHANGED, sign(SECRET, COMPANY_CHANGED, old), old);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(changedBody.statusCode()).isEqualTo(401);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("minutes");
        Thread.sleep(DEBOUNCE.multipliedBy(4).toMillis());
        assertThat(server.bridge.resyncs).as("no re-sync from refused requests").isEmpty();
    }

    @Test
    void changesWithinTheQuietTimeBecomeOneTargetedResync() throws Exception {
        String contacts = "[{\"objectId\":201,\"subscriptionType\":\"contact.propertyChange\"},"
                + "{\"objectId\":202,\"subscriptionType\":\"object.creation\",\"objectTypeId\":\"0-1\"},"
                + "{\"objectId\":9,\"subscriptionType\":\"deal.creation\"}]";
        long now = System.currentTimeMillis();
        assertThat(post(COMPANY_CHANGED, sign(SECRET, COMPANY_CHANGED, now), now).statusCode()).isEqualTo(204);
        assertThat(post(contacts, sign(SECRET, contacts, now), now).statusCode()).isEqualTo(204);

        Instant deadline = Instant.now().plusSeconds(15);
        while (server.bridge.resyncs.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(DEBOUNCE.multipliedBy(3).toMillis());
        assertThat(server.bridge.resyncs).containsExactly(new ChangedRecords("hubspot", Map.of(
                RecordKind.ACCOUNT, Set.of("101"), RecordKind.CONTACT, Set.of("201", "202"))));
    }

    @Test
    void theSignatureCoversTheUriWithHubSpotsDecodedCharacters() {
        HubSpotSignature signature = new HubSpotSignature(SECRET, Duration.ofMinutes(5), Clock.systemUTC());
        long now = System.currentTimeMillis();
        String signed = signature.sign("POST" + "https://abm.example.com/webhooks/hubspot?a=b:c" + "{}" + now);
        assertThat(signature.problem("POST", "https://abm.example.com/webhooks/hubspot?a=b%3Ac", "{}", signed,
                Long.toString(now))).isNull();
        assertThat(signature.problem("POST", "https://abm.example.com/webhooks/hubspot?a=b%3Ad", "{}", signed,
                Long.toString(now))).isEqualTo("the signature does not match");
    }

    private static String sign(String secret, String body, long timestamp) {
        return new HubSpotSignature(secret, Duration.ofMinutes(5), Clock.systemUTC())
                .sign("POST" + server.base + HubSpotWebhook.PATH + body + timestamp);
    }

    private static HttpResponse<String> post(String body, String signature, long timestamp) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base + HubSpotWebhook.PATH))
                .header("Content-Type", "application/json")
                .header("X-HubSpot-Signature-v3", signature)
                .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
