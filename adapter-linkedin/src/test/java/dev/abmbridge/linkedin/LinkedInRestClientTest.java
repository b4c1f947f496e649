package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.linkedin.client.AccessTokenProvider;
import dev.abmbridge.linkedin.client.LinkedInApiException;
import dev.abmbridge.linkedin.client.LinkedInAuthException;
import dev.abmbridge.linkedin.client.LinkedInRequest;
import dev.abmbridge.linkedin.client.LinkedInResponse;
import dev.abmbridge.linkedin.client.LinkedInRestClient;
import dev.abmbridge.linkedin.client.RestLi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offline: Rest.li 2.0 encoding, query tunneling, 429 waits, 401 refresh, error classification. */
class LinkedInRestClientTest {

    private final Deque<LinkedInResponse> replies = new ArrayDeque<>();
    private final List<LinkedInRequest> requests = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private int refreshes;

    private final AccessTokenProvider tokens = new AccessTokenProvider() {
        @Override
        public String accessToken() {
            return "token-1";
        }

        @Override
        public String refreshAfterUnauthorized() {
            refreshes++;
            return "token-2";
        }
    };

    private LinkedInRestClient client(int retries) {
        return new LinkedInRestClient("https://api.example/", "202611", tokens, r -> {
            requests.add(r);
            return replies.isEmpty() ? new LinkedInResponse(200, Map.of(), "{}") : replies.removeFirst();
        }, sleeps::add, retries, Duration.ofSeconds(10));
    }

    private static LinkedInResponse reply(int status, Map<String, String> headers) {
        return new LinkedInResponse(status, headers, "{\"status\":" + status + ",\"code\":\"C\",\"message\":\"m\"}");
    }

    @Test
    void urnsAreEncodedInPathsAndListsKeepTheirSyntaxInQueries() {
        assertThat(RestLi.pathKey("urn:li:sponsoredAccount:123")).isEqualTo("urn%3Ali%3AsponsoredAccount%3A123");
        assertThat(RestLi.pathKey("urn:li:x:(urn:li:person:a,1)")).isEqualTo("urn%3Ali%3Ax%3A%28urn%3Ali%3Aperson%3Aa%2C1%29");
        assertThat(RestLi.rawParam("accounts", RestLi.list(List.of("urn:li:sponsoredAccount:1", "urn:li:sponsoredAccount:2"))))
                .isEqualTo("accounts=List(urn%3Ali%3AsponsoredAccount%3A1,urn%3Ali%3AsponsoredAccount%3A2)");
        assertThat(RestLi.dateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)))
                .isEqualTo("(start:(year:2026,month:7,day:1),end:(year:2026,month:7,day:31))");
        assertThat(RestLi.param("name", "A b&c")).isEqualTo("name=A%20b%26c");
    }

    @Test
    void everyCallCarriesTheVersionAndProtocolHeaders() {
        client(0).get("dmpSegments/" + RestLi.pathKey("42"), "q=account");
        LinkedInRequest r = requests.get(0);
        assertThat(r.fullUrl()).isEqualTo("https://api.example/rest/dmpSegments/42?q=account");
        assertThat(r.headers()).containsEntry("LinkedIn-Version", "202611").containsEntry("X-Restli-Protocol-Version", "2.0.0")
                .containsEntry("Authorization", "Bearer token-1");
        assertThat(r.toString()).doesNotContain("token-1");
    }

    @Test
    void aQueryOverTheLimitIsTunneledAsAPost() {
        String query = "ids=List(" + "1,".repeat(2_500) + "1)";
        client(0).get("organizations", query);
        LinkedInRequest r = requests.get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.query()).isEmpty();
        assertThat(r.body()).isEqualTo(query);
        assertThat(r.headers()).containsEntry("X-HTTP-Method-Override", "GET")
                .containsEntry("Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void a429IsWaitedOutWithBackoffOrRetryAfterThenGivenToTheEngine() {
        replies.add(reply(429, Map.of()));
        replies.add(reply(429, Map.of("retry-after", "42")));
        replies.add(new LinkedInResponse(200, Map.of(), "{\"ok\":true}"));
        assertThat(client(3).get("x", "").get("ok").asBoolean()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(42));

        sleeps.clear();
        for (int i = 0; i < 3; i++) {
            replies.add(reply(429, Map.of()));
        }
        assertThatThrownBy(() -> client(2).get("x", ""))
                .isInstanceOfSatisfying(SystemUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40)));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void a401RefreshesOnceThenFailsAsAnAuthProblem() {
        replies.add(reply(401, Map.of()));
        client(0).get("x", "");
        assertThat(refreshes).isEqualTo(1);
        assertThat(requests.get(1).headers()).containsEntry("Authorization", "Bearer token-2");

        replies.add(reply(401, Map.of()));
        replies.add(reply(401, Map.of()));
        assertThatThrownBy(() -> client(0).get("x", "")).isInstanceOf(LinkedInAuthException.class);
    }

    @Test
    void errorsAreClassifiedAtTheEdge() {
        replies.add(reply(503, Map.of()));
        assertThatThrownBy(() -> client(0).get("x", "")).isInstanceOf(SystemUnavailableException.class);
        replies.add(reply(403, Map.of()));
        assertThatThrownBy(() -> client(0).get("x", "")).isInstanceOfSatisfying(LinkedInApiException.class,
                e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> new LinkedInRestClient("https://api.example", "202611", tokens,
                r -> { throw new java.io.IOException("reset"); }, sleeps::add, 0, Duration.ZERO).get("x", ""))
                .isInstanceOf(SystemUnavailableException.class).hasMessageNotContaining("token");
    }
}
