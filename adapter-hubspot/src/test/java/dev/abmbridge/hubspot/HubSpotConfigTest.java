package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubSpotConfigTest {

    @Test
    void defaultsUseTheDateBasedVersionAndAProfessionalPortalsLimits() {
        HubSpotConfig c = HubSpotConfig.token("env:HUBSPOT_TOKEN");
        assertThat(c.apiVersion()).isEqualTo("2026-03");
        assertThat(c.tenSecondLimit()).isEqualTo(190);
        assertThat(c.dailyLimit()).isEqualTo(650_000);
        assertThat(c.searchPerSecond()).isEqualTo(5);
        assertThat(c.problems()).isEmpty();
        assertThat(c.withTier(HubSpotTier.FREE_STARTER).tenSecondLimit()).isEqualTo(100);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        HubSpotConfig c = HubSpotConfig.oauth(null, null, "env:R").withApiVersion("v3").withLimits(0, 1, 1);
        assertThat(c.problems()).hasSize(4).anyMatch(p -> p.contains("apiVersion")).anyMatch(p -> p.contains("clientId"))
                .anyMatch(p -> p.contains("clientSecretRef")).anyMatch(p -> p.contains("limits"));
        assertThatThrownBy(() -> HubSpotConnection.open(c, new HubSpotSecrets(k -> null), java.time.Clock.systemUTC(), d -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiVersion").hasMessageContaining("clientId");
    }

    @Test
    void secretsComeFromEnvironmentVariablesOrFilesNeverFromTheConfiguration(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "pat-from-file\n");
        HubSpotSecrets secrets = new HubSpotSecrets(Map.of("HS", "pat-from-env")::get);

        assertThat(secrets.resolve("env:HS")).isEqualTo("pat-from-env");
        assertThat(secrets.resolve("file:" + file)).isEqualTo("pat-from-file");
        assertThatThrownBy(() -> secrets.resolve("pat-na1-literal-secret")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("pat-na1-literal-secret");
        assertThatThrownBy(() -> secrets.resolve("env:MISSING")).hasMessageContaining("MISSING");
    }

    @Test
    void theConfigurationPrintsReferencesOnly() {
        HubSpotConfig c = HubSpotConfig.token("env:HUBSPOT_TOKEN").withBaseUrl(URI.create("http://localhost:1"));
        HubSpotConnection connection = HubSpotConnection.open(c, new HubSpotSecrets(Map.of("HUBSPOT_TOKEN", "pat-secret-value")::get),
                java.time.Clock.systemUTC(), d -> { });
        assertThat(connection.config().toString()).contains("env:HUBSPOT_TOKEN").doesNotContain("pat-secret-value");
    }
}
