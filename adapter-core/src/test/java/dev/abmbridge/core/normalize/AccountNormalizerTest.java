package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountNormalizerTest {

    @Test
    void normalizesEveryContractColumn() {
        Map<String, String> raw = new HashMap<>();
        raw.put("id", " A-1 ");
        raw.put("name", "  Acme GmbH ");
        raw.put("domain", "https://www.eu.acme.co.uk/about");
        raw.put("website", "https://other.example.com");
        raw.put("industry", " Computer Software ");
        raw.put("employees", "1.2k");
        raw.put("annualRevenue", "$50M");
        raw.put("country", "Deutschland");
        raw.put("state", " Bayern ");
        raw.put("city", "München");
        raw.put("type", "Customer");
        raw.put("technologies", "Salesforce; HubSpot; salesforce");
        raw.put("custom.abmTierOverride", " Tier 1 ");
        raw.put("custom.empty", "   ");
        raw.put("unknownColumn", "ignored");

        Account a = AccountNormalizer.normalize("file", raw);

        assertThat(a.id()).isEqualTo("A-1");
        assertThat(a.source()).isEqualTo("file");
        assertThat(a.name()).isEqualTo("Acme GmbH");
        assertThat(a.domain()).isEqualTo("acme.co.uk");
        assertThat(a.industry()).isEqualTo("Computer Software");
        assertThat(a.employees()).isEqualTo(1200L);
        assertThat(a.annualRevenue()).isEqualByComparingTo(new BigDecimal("50000000"));
        assertThat(a.country()).isEqualTo("DE");
        assertThat(a.region()).isEqualTo(Region.EMEA);
        assertThat(a.state()).isEqualTo("Bayern");
        assertThat(a.city()).isEqualTo("München");
        assertThat(a.type()).isEqualTo("Customer");
        assertThat(a.technologies()).containsExactly("Salesforce", "HubSpot");
        assertThat(a.engagement()).isNull();
        assertThat(a.custom()).containsOnly(Map.entry("abmTierOverride", "Tier 1"));
    }

    @Test
    void domainFallsBackToWebsite() {
        Account a = AccountNormalizer.normalize("file", Map.of("id", "1", "domain", " ", "website", "http://www.acme.com/"));
        assertThat(a.domain()).isEqualTo("acme.com");
    }

    @Test
    void placeholderDomainIsMissing() {
        Account a = AccountNormalizer.normalize("file", Map.of("id", "1", "domain", "n/a", "website", "N/A"));
        assertThat(a.domain()).isNull();
    }

    @Test
    void missingValuesAreNull() {
        Account a = AccountNormalizer.normalize("file", Map.of("id", "1", "name", "  "));
        assertThat(a.name()).isNull();
        assertThat(a.domain()).isNull();
        assertThat(a.employees()).isNull();
        assertThat(a.annualRevenue()).isNull();
        assertThat(a.country()).isNull();
        assertThat(a.region()).isNull();
        assertThat(a.technologies()).isEmpty();
        assertThat(a.custom()).isEmpty();
    }

    @Test
    void unrecognizedCountryIsMissingRatherThanAnError() {
        Account a = AccountNormalizer.normalize("file", Map.of("id", "1", "country", "Atlantis"));
        assertThat(a.country()).isNull();
        assertThat(a.region()).isNull();
    }

    @Test
    void unreadableEmployeesRejectTheRecord() {
        assertThatThrownBy(() -> AccountNormalizer.normalize("file", Map.of("id", "1", "employees", "lots")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("employees");
                    assertThat(e.value()).isEqualTo("lots");
                    assertThat(e.getMessage()).contains("employees", "lots");
                });
    }

    @Test
    void unreadableRevenueAndDomainRejectTheRecord() {
        assertThatThrownBy(() -> AccountNormalizer.normalize("file", Map.of("id", "1", "annualRevenue", "a lot")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("annualRevenue"));
        assertThatThrownBy(() -> AccountNormalizer.normalize("file", Map.of("id", "1", "domain", "acme")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("domain"));
        assertThatThrownBy(() -> AccountNormalizer.normalize("file", Map.of("id", "1", "website", "http://10.0.0.1/")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("website"));
    }

    @Test
    void missingIdRejectsTheRecord() {
        assertThatThrownBy(() -> AccountNormalizer.normalize("file", Map.of("id", "  ", "name", "Acme")))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }
}
