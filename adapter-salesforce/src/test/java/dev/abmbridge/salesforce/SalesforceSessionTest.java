package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OAuth flows, the INVALID_SESSION_ID renewal, and the API budget, against the sandbox org. */
class SalesforceSessionTest {

    private static Sandbox start(MutableClock clock, long dailyLimit) {
        return Sandbox.start(SandboxConfig.defaults().withData(100, 200, 3).withClock(clock).withSalesforceDailyApiLimit(dailyLimit));
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheConnectionKeepsTheNewSession() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (Sandbox sandbox = start(clock, 100_000)) {
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox);
            SalesforceSource source = connector.source();
            assertThat(source.accounts(Cursor.START, 5).records()).hasSize(5);
            long tokenRequests = sandbox.ledger().calls("salesforce", "oauth2/token");

            clock.advance(Duration.ofHours(3)); // sessions live two hours in the sandbox
            assertThat(source.accounts(Cursor.START, 5).records()).hasSize(5);
            assertThat(source.contacts(Cursor.START, 5).records()).hasSize(5);
            assertThat(source.accounts(Cursor.START, 5).records()).hasSize(5);

            assertThat(connector.session().renewals()).isEqualTo(1);
            assertThat(sandbox.ledger().calls("salesforce", "oauth2/token")).isEqualTo(tokenRequests + 1);
            assertThat(sandbox.ledger().calls("salesforce", "query:fault")).isEqualTo(1);
        }
    }

    @Test
    void jwtBearerFlowSignsAnAssertionWithTheKeyFromAFile(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path key = dir.resolve("server.key");
        Files.writeString(key, pem);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(10, 10, 3))) {
            SalesforceConfig config = SalesforceConfig.of(SalesforceAuthConfig.jwtBearer(sandbox.salesforceUrl(), "abm-bridge",
                    "integration@acme.example", SecretRef.file(key.toString()), "https://test.salesforce.com"));
            SalesforceConnector connector = SalesforceConnector.create(config, n -> null, java.time.Clock.systemUTC());
            assertThat(connector.source().accounts(Cursor.START, 3).records()).hasSize(3);
        }
    }

    @Test
    void refreshTokenFlowAndARefusedTokenNeverShowsTheSecret() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(10, 10, 3))) {
            HttpResponse<String> code = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(sandbox.salesforceUrl() + "/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=abc&client_id=abm&client_secret=s"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String refreshToken = code.body().replaceAll(".*\"refresh_token\":\"([^\"]+)\".*", "$1");
            SalesforceConfig good = SalesforceConfig.of(SalesforceAuthConfig.refreshToken(sandbox.salesforceUrl(), "abm",
                    SecretRef.env("SECRET"), SecretRef.env("REFRESH")));
            SalesforceConnector connector = SalesforceConnector.create(good,
                    n -> n.equals("REFRESH") ? refreshToken : "client-secret-value", java.time.Clock.systemUTC());
            assertThat(connector.source().accounts(Cursor.START, 2).records()).hasSize(2);

            SalesforceConnector forged = SalesforceConnector.create(good,
                    n -> n.equals("REFRESH") ? "forged-refresh-token-value" : "client-secret-value", java.time.Clock.systemUTC());
            assertThatThrownBy(() -> forged.source().accounts(Cursor.START, 2))
                    .isInstanceOf(SalesforceAuthException.class)
                    .hasMessageContaining("invalid_grant")
                    .message().doesNotContain("forged-refresh-token-value").doesNotContain("client-secret-value");
        }
    }

    @Test
    void theRunStopsBeforeTheReserveLeftForOtherIntegrations() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (Sandbox sandbox = start(clock, 30)) {
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox,
                    SalesforceTestOrg.config(sandbox).withApiReserve(10));
            SalesforceSource source = connector.source();
            assertThatThrownBy(() -> {
                Cursor c = Cursor.START;
                for (int i = 0; i < 100; i++) {
                    var page = source.accounts(c, 1);
                    c = page.records().get(0).position();
                }
            }).isInstanceOf(SalesforceBudgetExhaustedException.class).hasMessageContaining("10 are reserved");
            assertThat(sandbox.salesforce().org().apiRequestsUsed()).isEqualTo(20);
            assertThat(connector.session().budget().used()).isEqualTo(20);
        }
    }

    @Test
    void throttlingAndServerErrorsAreRetriableAndCarryNoSecret() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 3))) {
            SalesforceSource source = SalesforceTestOrg.connector(sandbox).source();
            source.accounts(Cursor.START, 1);
            sandbox.salesforceFaults().change(dev.abmbridge.sandbox.fault.FaultProfile.none().withThrottling(1.0));
            assertThatThrownBy(() -> source.accounts(Cursor.START, 1))
                    .isInstanceOfSatisfying(dev.abmbridge.core.spi.SystemUnavailableException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)))
                    .hasMessageContaining("ConcurrentPerOrgLongTxn");
            sandbox.salesforceFaults().change(dev.abmbridge.sandbox.fault.FaultProfile.none().withServerErrors(1.0));
            assertThatThrownBy(() -> source.accounts(Cursor.START, 1))
                    .isInstanceOf(dev.abmbridge.core.spi.SystemUnavailableException.class)
                    .hasMessageContaining("UNKNOWN_EXCEPTION").message().doesNotContain("s3cret-value");
            sandbox.salesforceFaults().change(dev.abmbridge.sandbox.fault.FaultProfile.none());
        }
    }

    @Test
    void theSessionCountsEveryCallItMakes() {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(300, 20, 3))) {
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox,
                    SalesforceTestOrg.config(sandbox).withQueryBatchSize(200));
            connector.source().accounts(Cursor.START, 150);
            connector.source().accounts(Cursor.START, 1000);
            long partnerCalls = sandbox.ledger().calls("salesforce") - sandbox.ledger().calls("salesforce", "oauth2/token");
            assertThat(connector.session().apiCalls()).isEqualTo(partnerCalls).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void requestLimitExceededFromSalesforceEndsTheRunTheSameWay() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (Sandbox sandbox = start(clock, 5)) {
            SalesforceSource source = SalesforceTestOrg.connector(sandbox).source();
            source.accounts(Cursor.START, 1); // describe + query: the budget now knows 2 of 5 are used
            var admin = SalesforceTestOrg.admin(sandbox);
            for (int i = 0; i < 3; i++) { // another integration spends the rest
                try {
                    admin.getServerTimestamp();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            assertThatThrownBy(() -> source.accounts(Cursor.START, 1)).isInstanceOf(SalesforceBudgetExhaustedException.class)
                    .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");

            clock.advance(Duration.ofHours(25)); // the rolling 24 hours have passed: the next run resumes
            assertThat(source.accounts(Cursor.START, 1).records()).hasSize(1);
        }
    }
}
