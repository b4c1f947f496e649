package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.spi.OwnedFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceConfigTest {

    private static final SalesforceAuthConfig AUTH = SalesforceAuthConfig.clientCredentials("https://acme.my.salesforce.com",
            "client", SecretRef.env("SF_SECRET"));

    @Test
    void defaultsNameTheOwnedFields() {
        SalesforceConfig config = SalesforceConfig.of(AUTH);
        assertThat(config.problems()).isEmpty();
        assertThat(config.accountFields()).containsEntry(OwnedFields.FIT_SCORE, "ABM_Fit_Score__c")
                .containsEntry(OwnedFields.TIER, "ABM_Tier__c").containsEntry(OwnedFields.IS_ICP, "ABM_Is_ICP__c")
                .containsEntry(OwnedFields.REASON, "ABM_Reason__c").containsEntry(OwnedFields.COVERAGE, "ABM_Coverage__c")
                .containsEntry(OwnedFields.MISSING_ROLES, "ABM_Missing_Roles__c");
        assertThat(config.contactFields()).containsEntry(OwnedFields.ROLE, "ABM_Buying_Role__c")
                .containsEntry(OwnedFields.SENIORITY, "ABM_Seniority__c").containsEntry(OwnedFields.FUNCTION, "ABM_Function__c");
    }

    @Test
    void everyProblemIsReportedAtOnceIncludingInjectionInConfiguredNames() {
        SalesforceConfig config = new SalesforceConfig(
                SalesforceAuthConfig.clientCredentials("ftp://x", "", null),
                Map.of(OwnedFields.TIER, "Tier__c, (SELECT Id FROM Contacts)", "colour", "Colour__c"),
                Map.of(OwnedFields.ROLE, "Title"),
                List.of("Revenue__c FROM Account --"), List.of(), "Bad Name", -1, 50, null, 0, -5);

        List<String> problems = config.problems();

        assertThat(problems).hasSize(11);
        assertThat(String.join("\n", problems)).contains("token-url", "client-id", "client-secret", "'colour' is not an owned field",
                "account-fields.tier", "contact-fields.role", "account-custom-fields", "permission-set", "api-reserve",
                "query-batch-size", "bulk-write-threshold");
        assertThatThrownBy(config::validated).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsComeFromTheEnvironmentOrAFileAndAreNeverShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret");
        Files.writeString(file, "file-secret\n");
        assertThat(SecretRef.file(file.toString()).resolve(n -> null)).isEqualTo("file-secret");
        assertThat(SecretRef.env("SF_SECRET").resolve(n -> n.equals("SF_SECRET") ? "env-secret" : null)).isEqualTo("env-secret");
        assertThat(SecretRef.env("SF_SECRET").toString()).isEqualTo("environment variable SF_SECRET");
        assertThatThrownBy(() -> SecretRef.env("SF_MISSING").resolve(n -> null))
                .isInstanceOf(SalesforceAuthException.class).hasMessageContaining("SF_MISSING");
        assertThat(SalesforceConfig.of(AUTH).toString()).doesNotContain("env-secret").contains("CLIENT_CREDENTIALS");
    }

    @Test
    void eachFlowNeedsItsOwnSecrets() {
        assertThat(SalesforceAuthConfig.jwtBearer("https://a.my.salesforce.com", "c", null, null, null).problems())
                .hasSize(2);
        assertThat(SalesforceAuthConfig.refreshToken("https://a.my.salesforce.com", "c", null, null).problems())
                .singleElement().asString().contains("refresh-token");
    }
}
