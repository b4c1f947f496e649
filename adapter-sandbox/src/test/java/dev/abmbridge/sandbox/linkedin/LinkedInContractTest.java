package dev.abmbridge.sandbox.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class LinkedInContractTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(300, 300, 9).withClock(CLOCK)
            .withLinkedInLimits(100_000, 100_000));

    private Sandbox sandbox;
    private LinkedInHttp api;

    @BeforeEach
    void setUp() {
        sandbox = SANDBOX.sandbox();
        api = new LinkedInHttp(sandbox.linkedInUrl(), sandbox.linkedIn().accessToken());
    }

    @Test
    void theRequestLogIsOptInBoundedAndKeepsNoHeaderNorOAuthForm() {
        assertThat(sandbox.linkedIn().requestLog()).isEmpty();
        LinkedInRequestLog log = sandbox.linkedIn().logRequests(2, 10);
        try {
            api.form("/oauth/v2/accessToken", "grant_type=refresh_token&refresh_token=" + sandbox.linkedIn().refreshToken()
                    + "&client_id=abm&client_secret=s3cret");
            api.get("/rest/organizations/10001");
            api.post("/rest/dmpSegments/1/users", "{\"elements\":[{\"action\":\"ADD\"}]}");
            api.get("/rest/organizations?ids=List(10001,10002)");

            assertThat(log.dropped()).isEqualTo(1);
            assertThat(log.truncated()).isEqualTo(1);
            assertThat(log.entries()).extracting(LinkedInRequestLog.Entry::path)
                    .containsExactly("/rest/dmpSegments/1/users", "/rest/organizations");
            LinkedInRequestLog.Entry users = log.entries().get(0);
            assertThat(users.isMemberBatch()).isTrue();
            assertThat(users.body()).isEqualTo("{\"elements");
            assertThat(users.truncated()).isTrue();
            assertThat(log.entries().get(1).query()).isEqualTo("ids=List(10001,10002)");
            assertThat(log.everything()).doesNotContain("s3cret", sandbox.linkedIn().refreshToken(),
                    sandbox.linkedIn().accessToken());
        } finally {
            sandbox.linkedIn().stopLoggingRequests();
        }
        assertThat(sandbox.linkedIn().requestLog()).isEmpty();
    }

    @Test
    void missingVersionHeaderIs400() {
        LinkedInHttp.Reply reply = api.without("LinkedIn-Version").get("/rest/dmpSegments?q=account&account=" + sandbox.linkedIn().adAccount());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(Json.text(reply.body(), "code")).isEqualTo("VERSION_MISSING");
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void missingRestliProtocolHeaderIs400() {
        LinkedInHttp.Reply reply = api.without("X-Restli-Protocol-Version").get("/rest/organizations/10001");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.with("X-Restli-Protocol-Version", "1.0.0").get("/rest/organizations/10001").status()).isEqualTo(400);
    }

    @Test
    void sunsetVersionIs426() {
        LinkedInHttp.Reply reply = api.with("LinkedIn-Version", "202501").get("/rest/organizations/10001");
        assertThat(reply.status()).isEqualTo(426);
        assertThat(Json.text(reply.body(), "code")).isEqualTo("NONEXISTENT_VERSION");
    }

    @Test
    void missingOrUnknownTokenIs401() {
        LinkedInHttp.Reply none = new LinkedInHttp(sandbox.linkedInUrl(), null).get("/rest/organizations/10001");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body().get("serviceErrorCode").asInt()).isEqualTo(65600);
        assertThat(new LinkedInHttp(sandbox.linkedInUrl(), "AQV-forged").get("/rest/organizations/10001").status()).isEqualTo(401);
    }

    @Test
    void refreshTokenGrantIssuesANewAccessTokenWithoutRollingTheRefreshToken() {
        LinkedInHttp.Reply reply = api.form("/oauth/v2/accessToken", "grant_type=refresh_token&refresh_token="
                + sandbox.linkedIn().refreshToken() + "&client_id=abm&client_secret=s3cret");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("expires_in").asLong()).isEqualTo(Duration.ofDays(60).toSeconds());
        assertThat(Json.text(reply.body(), "refresh_token")).isEqualTo(sandbox.linkedIn().refreshToken());
        assertThat(reply.body().get("refresh_token_expires_in").asLong()).isLessThanOrEqualTo(Duration.ofDays(365).toSeconds());
        String fresh = Json.text(reply.body(), "access_token");
        assertThat(new LinkedInHttp(sandbox.linkedInUrl(), fresh).get("/rest/organizations/10001").status()).isEqualTo(200);
        LinkedInHttp.Reply bad = api.form("/oauth/v2/accessToken", "grant_type=refresh_token&refresh_token=nope&client_id=a&client_secret=b");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(Json.text(bad.body(), "error")).isEqualTo("invalid_grant");
    }

    @Test
    void companySegmentLifecycle() {
        String id = createSegment("ABM target accounts", "COMPANY", "abm-targets");
        JsonNode fresh = api.get("/rest/dmpSegments/" + id).body();
        assertThat(Json.text(fresh, "type")).isEqualTo("COMPANY");
        assertThat(Json.text(fresh.get("destinations").get(0), "status")).isEqualTo("BUILDING");

        String elements = sandbox.data().companies().stream().limit(3)
                .map(c -> "{\"action\":\"ADD\",\"companyWebsiteDomain\":\"" + c.domain() + "\",\"companyName\":\"" + c.name().trim() + "\"}")
                .collect(Collectors.joining(","));
        LinkedInHttp.Reply tooEarly = api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[" + elements + "]}");
        assertThat(tooEarly.status()).isEqualTo(404);
        CLOCK.advance(Duration.ofSeconds(5));

        DemoCompany byUrn = sandbox.data().company(10);
        LinkedInHttp.Reply streamed = api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[" + elements
                + ",{\"action\":\"ADD\",\"organizationUrn\":\"urn:li:organization:" + byUrn.linkedInOrganizationId() + "\"}"
                + ",{\"action\":\"ADD\",\"organizationUrn\":\"urn:li:company:1\"}"
                + ",{\"action\":\"ADD\"}"
                + ",{\"action\":\"MERGE\",\"companyWebsiteDomain\":\"x.com\"}]}");
        assertThat(streamed.status()).isEqualTo(200);
        JsonNode statuses = streamed.body().get("elements");
        assertThat(statuses).hasSize(7);
        for (int i = 0; i < 4; i++) {
            assertThat(statuses.get(i).get("status").asInt()).isEqualTo(201);
        }
        for (int i = 4; i < 7; i++) {
            assertThat(statuses.get(i).get("status").asInt()).isEqualTo(400);
            assertThat(Json.text(statuses.get(i).get("error"), "message")).isNotBlank();
        }
        JsonNode building = api.get("/rest/dmpSegments/" + id).body();
        assertThat(building.get("inputCount").asInt()).isEqualTo(4);
        assertThat(building.get("matchedCount").asInt()).isZero();

        CLOCK.advance(Duration.ofMinutes(10));
        JsonNode ready = api.get("/rest/dmpSegments/" + id).body();
        assertThat(ready.get("matchedCount").asInt()).isEqualTo(4);
        JsonNode destination = ready.get("destinations").get(0);
        assertThat(Json.text(destination, "status")).isEqualTo("READY");
        assertThat(Json.text(destination, "destinationSegmentId")).startsWith("urn:li:adSegment:");

        DemoCompany removed = sandbox.data().company(0);
        String more = "{\"action\":\"REMOVE\",\"companyWebsiteDomain\":\"" + removed.domain() + "\"},{\"action\":\"ADD\",\"companyWebsiteDomain\":\""
                + sandbox.data().company(20).domain() + "\"}";
        api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[" + more + "]}");
        JsonNode updating = api.get("/rest/dmpSegments/" + id).body();
        assertThat(Json.text(updating.get("destinations").get(0), "status")).isEqualTo("UPDATING");
        assertThat(updating.get("matchedCount").asInt()).isEqualTo(3);
    }

    @Test
    void hashedUserUploadsCheckSha256AndGrowMatchedCount() throws Exception {
        String id = createSegment("Buying committee", "USER", null);
        CLOCK.advance(Duration.ofSeconds(6));
        StringBuilder elements = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            elements.append(i == 0 ? "" : ",").append("{\"action\":\"ADD\",\"userIds\":[{\"idType\":\"SHA256_EMAIL\",\"idValue\":\"")
                    .append(sha256("person" + i + "@example.com")).append("\"}]}");
        }
        elements.append(",{\"action\":\"ADD\",\"userIds\":[{\"idType\":\"SHA256_EMAIL\",\"idValue\":\"")
                .append(sha256("x@y.z").toUpperCase()).append("\"}]}");
        elements.append(",{\"action\":\"ADD\",\"userIds\":[{\"idType\":\"SHA256_EMAIL\",\"idValue\":\"person@example.com\"}]}");
        LinkedInHttp.Reply reply = api.batchCreate("/rest/dmpSegments/" + id + "/users", "{\"elements\":[" + elements + "]}");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode statuses = reply.body().get("elements");
        assertThat(statuses.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(statuses.get(200).get("status").asInt()).isEqualTo(400);
        assertThat(statuses.get(201).get("status").asInt()).isEqualTo(400);
        assertThat(Json.text(statuses.get(201).get("error"), "message")).contains("64 lowercase hexadecimal");
        assertThat(api.get("/rest/dmpSegments/" + id).body().get("matchedCount").asInt()).isZero();
        CLOCK.advance(Duration.ofMinutes(11));
        int matched = api.get("/rest/dmpSegments/" + id).body().get("matchedCount").asInt();
        assertThat(matched).isBetween(80, 160);
    }

    @Test
    void batchesOverFiveThousandElementsAreRefused() {
        String id = createSegment("Big", "COMPANY", null);
        CLOCK.advance(Duration.ofSeconds(6));
        String elements = IntStream.range(0, 5_001).mapToObj(i -> "{\"action\":\"ADD\",\"companyWebsiteDomain\":\"c" + i + ".example\"}")
                .collect(Collectors.joining(","));
        LinkedInHttp.Reply reply = api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[" + elements + "]}");
        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void streamingNeedsBatchCreateMethodAndMatchingSegmentType() {
        String id = createSegment("Users", "USER", null);
        CLOCK.advance(Duration.ofSeconds(6));
        assertThat(api.post("/rest/dmpSegments/" + id + "/users", "{\"elements\":[]}").status()).isEqualTo(400);
        assertThat(api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[]}").status()).isEqualTo(400);
        assertThat(api.batchCreate("/rest/dmpSegments/424242/users", "{\"elements\":[]}").status()).isEqualTo(404);
    }

    @Test
    void finderListsTheAccountsSegments() {
        createSegment("Findable", "COMPANY", "findable-key");
        LinkedInHttp.Reply all = api.get("/rest/dmpSegments?q=account&account=urn%3Ali%3AsponsoredAccount%3A500000001");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("elements").size()).isPositive();
        LinkedInHttp.Reply one = api.get("/rest/dmpSegments?q=account&account=" + sandbox.linkedIn().adAccount()
                + "&sourceSegmentId=findable-key");
        assertThat(one.body().get("elements")).hasSize(1);
        assertThat(Json.text(one.body().get("elements").get(0), "name")).isEqualTo("Findable");
        assertThat(one.body().get("paging").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void creatingForAnotherAccountIsForbiddenAndBadBodiesAre422() {
        assertThat(api.post("/rest/dmpSegments", "{\"name\":\"x\",\"sourcePlatform\":\"ABM_BRIDGE\",\"account\":\"urn:li:sponsoredAccount:1\","
                + "\"type\":\"COMPANY\",\"accessPolicy\":\"PRIVATE\",\"destinations\":[{\"destination\":\"LINKEDIN\"}]}").status()).isEqualTo(403);
        assertThat(api.post("/rest/dmpSegments", "{\"name\":\"x\"}").status()).isEqualTo(422);
    }

    @Test
    void perMinuteLimitOnCompanyStreamingAnswers429() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        try (Sandbox small = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock).withLinkedInLimits(600, 2))) {
            LinkedInHttp client = new LinkedInHttp(small.linkedInUrl(), small.linkedIn().accessToken());
            String id = client.post("/rest/dmpSegments", segmentBody("Limits", "COMPANY", null)).header("x-restli-id");
            clock.advance(Duration.ofSeconds(6));
            String path = "/rest/dmpSegments/" + id + "/companies";
            assertThat(client.batchCreate(path, "{\"elements\":[]}").status()).isEqualTo(200);
            assertThat(client.batchCreate(path, "{\"elements\":[]}").status()).isEqualTo(200);
            LinkedInHttp.Reply refused = client.batchCreate(path, "{\"elements\":[]}");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Json.text(refused.body(), "code")).isEqualTo("TOO_MANY_REQUESTS");
            clock.advance(Duration.ofMinutes(1));
            assertThat(client.batchCreate(path, "{\"elements\":[]}").status()).isEqualTo(200);
        }
    }

    @Test
    void adAnalyticsByMemberCompanyCoversTargetedCompanies() {
        String id = createSegment("Analytics", "COMPANY", null);
        CLOCK.advance(Duration.ofSeconds(6));
        String elements = sandbox.data().companies().stream().skip(100).limit(20)
                .map(c -> "{\"action\":\"ADD\",\"organizationUrn\":\"urn:li:organization:" + c.linkedInOrganizationId() + "\"}")
                .collect(Collectors.joining(","));
        api.batchCreate("/rest/dmpSegments/" + id + "/companies", "{\"elements\":[" + elements + "]}");
        CLOCK.advance(Duration.ofMinutes(10));
        String query = "/rest/adAnalytics?q=analytics&pivot=MEMBER_COMPANY&timeGranularity=ALL"
                + "&dateRange=(start:(year:2026,month:10,day:1),end:(year:2026,month:10,day:31))"
                + "&accounts=List(urn%3Ali%3AsponsoredAccount%3A500000001)&fields=impressions,clicks,pivotValues,dateRange";
        LinkedInHttp.Reply reply = api.get(query);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode elementsOut = reply.body().get("elements");
        assertThat(elementsOut.size()).isPositive();
        String expected = "urn:li:organization:" + sandbox.data().company(100).linkedInOrganizationId();
        assertThat(elementsOut).allMatch(e -> e.get("pivotValues").get(0).asString().startsWith("urn:li:organization:"));
        assertThat(elementsOut).allMatch(e -> e.get("impressions").asLong() >= 3 && e.has("clicks") && e.has("dateRange"));
        assertThat(api.get(query).body()).isEqualTo(reply.body());
        assertThat(elementsOut.toString()).contains(expected.substring(0, 20));
        assertThat(api.get("/rest/adAnalytics?q=analytics&pivot=MEMBER_COMPANY").status()).isEqualTo(400);
    }

    @Test
    void organizationLookUpByIdAndBatch() {
        DemoCompany company = sandbox.data().company(3);
        LinkedInHttp.Reply one = api.get("/rest/organizations/" + company.linkedInOrganizationId());
        assertThat(one.status()).isEqualTo(200);
        assertThat(Json.text(one.body(), "localizedName")).isEqualTo(company.name().trim());
        assertThat(Json.text(one.body(), "localizedWebsite")).contains(company.domain());
        LinkedInHttp.Reply batch = api.get("/rest/organizations?ids=List(" + company.linkedInOrganizationId() + ",1)");
        assertThat(batch.body().get("results").has(String.valueOf(company.linkedInOrganizationId()))).isTrue();
        assertThat(batch.body().get("errors").has("1")).isTrue();
        assertThat(api.get("/rest/organizations/1").status()).isEqualTo(404);
    }

    private String createSegment(String name, String type, String sourceSegmentId) {
        LinkedInHttp.Reply reply = api.post("/rest/dmpSegments", segmentBody(name, type, sourceSegmentId));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("x-restli-id")).matches("\\d+");
        return reply.header("x-restli-id");
    }

    private static String segmentBody(String name, String type, String sourceSegmentId) {
        return "{\"name\":\"" + name + "\",\"sourcePlatform\":\"ABM_BRIDGE\"," + (sourceSegmentId == null ? "" : "\"sourceSegmentId\":\""
                + sourceSegmentId + "\",") + "\"account\":\"urn:li:sponsoredAccount:500000001\",\"accessPolicy\":\"PRIVATE\",\"type\":\""
                + type + "\",\"destinations\":[{\"destination\":\"LINKEDIN\"}]}";
    }

    private static String sha256(String email) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(email.trim().toLowerCase().getBytes(StandardCharsets.UTF_8)));
    }
}
