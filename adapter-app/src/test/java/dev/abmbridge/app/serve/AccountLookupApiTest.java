package dev.abmbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.app.lookup.ApiKeys;
import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The look-up API over real HTTP in the serve context, exposed with an admin token: the look-up answers to its own
 * keys, never to the token.
 */
class AccountLookupApiTest {

    static final String SITE_KEY_SHA256 = "38f27738f181e4e516a70b57b28dacb709551de15ce36e1a72abc3a7f5cbdb94";
    static final String OLD_KEY_SHA256 = "762c08fc17a1cc5f00d248f8b50f2f2f4d17ff2934ac31e64deacb3f5bb3f2ec";
    static final String CHAT_KEY_SHA256 = "762ed3d5e43617a123dd3f166ea87c1fdacf47a0382786a71bf3883b84653bd4";
    static final String BURST_KEY_SHA256 = "fcf693d1eafc0d24a9edc66752c6d137fdf7fedd18ca2ae415d1cb73b4d53643";
    static final String OPS_KEY_SHA256 = "2c69bc9111c27110a9b9a7974ba3f8ac0c053c16b23a0738115ee829fbc4d57b";
    static final String ADMIN_TOKEN = "admin-token-of-the-lookup-test";

    static ServeTestServer server;
    static AccountDirectory directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("abm.serve.token", ADMIN_TOKEN);
        props.put("abm.lookup.requests-per-second", 8);
        props.put("abm.lookup.cors-origins", "https://www.example.com");
        // the keys "site-key", "old-key" (revoked) and "chat-key"
        props.put("abm.lookup.keys[0].name", "website");
        props.put("abm.lookup.keys[0].sha256", SITE_KEY_SHA256);
        props.put("abm.lookup.keys[1].name", "old chat tool");
        props.put("abm.lookup.keys[1].sha256", OLD_KEY_SHA256);
        props.put("abm.lookup.keys[1].revoked", true);
        props.put("abm.lookup.keys[2].name", "chat");
        props.put("abm.lookup.keys[2].sha256", CHAT_KEY_SHA256);
        // only the rate-limit test uses this one: the server is shared by the tests
        props.put("abm.lookup.keys[3].name", "burst");
        props.put("abm.lookup.keys[3].sha256", BURST_KEY_SHA256);
        // the tests of what changes between requests (cards, counts) use their own, so no other test's pace matters
        props.put("abm.lookup.keys[4].name", "ops");
        props.put("abm.lookup.keys[4].sha256", OPS_KEY_SHA256);
        server = ServeTestServer.start(props);
        directory = server.context.getBean(AccountDirectory.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void knownAccount() {
        directory.evaluated("d:acme.com", new AccountCard("acme.com", "Acme Corp", "Tier 1", true, 92, 50,
                List.of("Economic Buyer"), List.of("tier1-na")));
    }

    private HttpResponse<String> get(String query, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base
                + "/api/v1/accounts/lookup" + query));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theKeysInTheTestConfigurationAreTheHashesOfTheKeysUsed() {
        // Keeps the constants above honest: they must be the SHA-256 of the keys the tests present.
        assertThat(ApiKeys.sha256Hex("site-key")).isEqualTo(SITE_KEY_SHA256);
        assertThat(ApiKeys.sha256Hex("old-key")).isEqualTo(OLD_KEY_SHA256);
        assertThat(ApiKeys.sha256Hex("chat-key")).isEqualTo(CHAT_KEY_SHA256);
        assertThat(ApiKeys.sha256Hex("burst-key")).isEqualTo(BURST_KEY_SHA256);
        assertThat(ApiKeys.sha256Hex("ops-key")).isEqualTo(OPS_KEY_SHA256);
    }

    @Test
    void aKnownDomainGivesTheAccountCardAndNoContactData() throws Exception {
        HttpResponse<String> r = get("?domain=https://www.acme.com/pricing", "site-key");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"domain\":\"acme.com\"", "\"name\":\"Acme Corp\"", "\"tier\":\"Tier 1\"",
                "\"icp\":true", "\"fitScore\":92", "\"coverage\":50", "\"missingRoles\":[\"Economic Buyer\"]",
                "\"audiences\":[\"tier1-na\"]");
        assertThat(r.body()).doesNotContain("@", "email", "firstName", "lastName", "title");
    }

    @Test
    void anEmailIsReducedToItsDomainAndFreeMailNeverMatches() throws Exception {
        directory.evaluated("d:gmail.com", new AccountCard("gmail.com", "Google", null, false, 10, null, List.of(),
                List.of()));

        assertThat(get("?email=jane.doe@eu.acme.com", "chat-key").statusCode()).isEqualTo(200);
        assertThat(get("?email=jane.doe@gmail.com", "chat-key").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownDomainIs404AndAWrongQueryIs400() throws Exception {
        assertThat(get("?domain=unknown-company.org", "site-key").statusCode()).isEqualTo(404);
        assertThat(get("", "site-key").statusCode()).isEqualTo(400);
        assertThat(get("?domain=acme.com&email=a@acme.com", "site-key").statusCode()).isEqualTo(400);
    }

    @Test
    void aMissingUnknownOrRevokedKeyIs401AndTheAdminTokenIsNoKey() throws Exception {
        assertThat(get("?domain=acme.com", null).statusCode()).isEqualTo(401);
        HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(URI.create(server.base
                + "/api/v1/accounts/lookup?domain=acme.com")).header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(401);
        assertThat(get("?domain=acme.com", "guessed-key").statusCode()).isEqualTo(401);
        assertThat(get("?domain=acme.com", "old-key").statusCode()).isEqualTo(401);
    }

    @Test
    void eachKeyHasItsOwnRateLimit() throws Exception {
        int limited = 0;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = get("?domain=acme.com", "burst-key");
            if (r.statusCode() == 429) {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
            }
        }
        // 8 per second: thirty requests in a row cannot all pass, whatever the machine's speed, unless they took 3 s.
        assertThat(limited).isPositive();
        assertThat(get("?domain=acme.com", "chat-key").statusCode()).isEqualTo(200);
    }

    @Test
    void browsersOfConfiguredOriginsOnlyMayCallIt() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(server.base + "/api/v1/accounts/lookup"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-Api-Key")
                .build();
        HttpResponse<String> allowed = http.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.example.com");

        HttpRequest other = HttpRequest.newBuilder(URI.create(server.base
                        + "/api/v1/accounts/lookup?domain=acme.com"))
                .header("Origin", "https://evil.example.net").header("X-Api-Key", "chat-key").build();
        HttpResponse<String> refused = http.send(other, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAccountChangedByASyncAnswersWithItsNewCard() throws Exception {
        directory.evaluated("d:initech.com", new AccountCard("initech.com", "Initech", null, false, 40, null,
                List.of(), List.of()));
        assertThat(get("?domain=initech.com", "ops-key").body()).contains("\"tier\":null", "\"fitScore\":40");

        directory.evaluated("d:initech.com", new AccountCard("initech.com", "Initech", "Tier 2", true, 77, 100,
                List.of(), List.of("tier2-emea")));

        assertThat(get("?domain=initech.com", "ops-key").body()).contains("\"tier\":\"Tier 2\"", "\"fitScore\":77",
                "\"audiences\":[\"tier2-emea\"]");
        directory.gone("d:initech.com");
        assertThat(get("?domain=initech.com", "ops-key").statusCode()).isEqualTo(404);
    }

    @Test
    void answersKeepTheSecurityHeadersAndAreNeverCached() throws Exception {
        HttpResponse<String> r = get("?domain=acme.com", "site-key");

        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(r.headers().firstValue("Content-Length")).contains(String.valueOf(r.body().length()));
        assertThat(get("?domain=acme.com", null).headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base
                        + "/api/v1/accounts/lookup?domain=acme.com")).header("X-Api-Key", "site-key")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void aPlainOptionsRequestIsToldTheMethods() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base + "/api/v1/accounts/lookup"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Allow")).contains("GET,HEAD,OPTIONS");
    }

    @Test
    void requestsAreCountedByKeyHolderAndOutcomeNeverByKey() throws Exception {
        MeterRegistry registry = server.context.getBean(MeterRegistry.class);
        long found = count(registry, "ops", "found");
        long notFound = count(registry, "ops", "not_found");
        long unauthorized = count(registry, "none", "unauthorized");

        get("?domain=acme.com", "ops-key");
        get("?domain=acme.com", "ops-key");
        get("?domain=unknown-company.org", "ops-key");
        get("?domain=acme.com", "guessed-key");

        assertThat(count(registry, "ops", "found")).isEqualTo(found + 2);
        assertThat(count(registry, "ops", "not_found")).isEqualTo(notFound + 1);
        assertThat(count(registry, "none", "unauthorized")).isEqualTo(unauthorized + 1);
        assertThat(registry.find("abm.lookup.requests").tag("key", "guessed-key").timers()).isEmpty();
    }

    private static long count(MeterRegistry registry, String key, String outcome) {
        Timer timer = registry.find("abm.lookup.requests").tags("key", key, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aBrowserOfAConfiguredOriginMayReadTheAnswer() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base
                        + "/api/v1/accounts/lookup?domain=acme.com"))
                .header("Origin", "https://www.example.com").header("X-Api-Key", "site-key").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.example.com");
        assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base
                + "/api/v1/openapi.yaml")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("openapi: 3.0.3", "/api/v1/accounts/lookup:", "name: X-Api-Key");
    }
}
