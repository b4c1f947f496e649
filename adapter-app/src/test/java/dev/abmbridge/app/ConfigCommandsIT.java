package dev.abmbridge.app;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `init` and `check` through the packaged jar, `check` against the sandbox's Salesforce and HubSpot. */
class ConfigCommandsIT {

    @TempDir
    Path dir;

    @Test
    void initWritesAStarterPairOnceAndItsConfigurationNamesTheMissingSecret() throws Exception {
        JarRunner.Result first = JarRunner.run("init", "--dir", dir.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(dir.resolve("abm-bridge.yml")).content().contains("${SALESFORCE_CLIENT_SECRET}");
        assertThat(dir.resolve("playbook.yml")).content().contains("audiences:");

        JarRunner.Result again = JarRunner.run("init", "--dir", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("never overwrites");

        JarRunner.Result check = JarRunner.run("check", "--config", dir.resolve("abm-bridge.yml").toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("abm-bridge.yml:").contains("SALESFORCE_CLIENT_SECRET is not set")
                .contains("export SALESFORCE_CLIENT_SECRET=");
    }

    @Test
    void checkTestsEveryConnectionAndNamesTheFixForMissingFields() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(20, 40, 3))) {
            Files.writeString(dir.resolve("playbook.yml"), """
                    version: 1
                    name: check
                    icp:
                      minScore: 10
                      criteria:
                        - { id: any, label: Any, weight: 10, when: { field: employees, atLeast: 1 } }
                      tiers:
                        - { name: Tier 1, minScore: 10 }
                    buyingRoles:
                      rules:
                        - role: End User
                      committee: [End User]
                    """);
            Path config = dir.resolve("abm-bridge.yml");
            Files.writeString(config, """
                    abm:
                      playbook: playbook.yml
                      connections:
                        crm:
                          type: salesforce
                          url: %s
                          client-id: abm
                          client-secret: ${SF_SECRET}
                        marketing:
                          type: hubspot
                          url: %s
                          token: ${HS_TOKEN}
                    """.formatted(sandbox.salesforceUrl(), sandbox.hubSpotUrl()));
            Map<String, String> env = Map.of("SF_SECRET", "check-secret-1", "HS_TOKEN", sandbox.hubSpot().privateAppToken());

            JarRunner.Result check = JarRunner.run(env, "check", "--config", config.toString());

            assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(2);
            assertThat(check.out()).contains("crm (salesforce): 9 problem(s)")
                    .contains("Account.ABM_Fit_Score__c is missing").contains("run setup")
                    .contains("marketing (hubspot):").contains("abm_fit_score: missing")
                    .contains("run 'abm-bridge setup' to create it");
            assertThat(check.out() + check.err()).doesNotContain("check-secret-1")
                    .doesNotContain(sandbox.hubSpot().privateAppToken());
        }
    }
}
