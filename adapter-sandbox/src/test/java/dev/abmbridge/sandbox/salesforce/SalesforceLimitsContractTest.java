package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalesforceLimitsContractTest {

    @Test
    void dailyApiAllocationRunsOutWithRequestLimitExceededAndRecoversAfter24Hours() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock).withSalesforceDailyApiLimit(3))) {
            PartnerConnection connection = SalesforceClients.partner(sandbox.salesforceUrl(),
                    SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
            for (int i = 1; i <= 3; i++) {
                connection.getServerTimestamp();
                assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isEqualTo(i);
            }
            assertThatThrownBy(connection::getServerTimestamp)
                    .isInstanceOfSatisfying(ApiFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED));
            clock.advance(Duration.ofHours(24).plusMinutes(1));
            connection = SalesforceClients.partner(sandbox.salesforceUrl(), SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
            connection.getServerTimestamp();
            assertThat(connection.getLimitInfoHeader().getLimitInfo()[0].getCurrent()).isEqualTo(1);
        }
    }

    @Test
    void expiredAccessTokenIsInvalidSessionId() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 20, 1).withClock(clock))) {
            PartnerConnection connection = SalesforceClients.partner(sandbox.salesforceUrl(),
                    SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
            connection.getUserInfo();
            clock.advance(Duration.ofHours(2));
            assertThatThrownBy(connection::getUserInfo)
                    .isInstanceOfSatisfying(ApiFault.class, f -> {
                        assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
                        assertThat(f.getExceptionMessage()).contains("Illegal Session");
                    });
        }
    }
}
