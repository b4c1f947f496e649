package dev.abmbridge.app;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `abm-bridge demo` through the packaged jar, small: it sets up and syncs the sandbox, the second sync writes
 * nothing, and (kept up with --keep) the sandbox's Salesforce and HubSpot hold the owned fields afterwards.
 */
class DemoCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theDemoSyncsTheSandboxAndTheSecondSyncWritesNothing() throws Exception {
        Path summary = dir.resolve("summary.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRunner.JAR.toString(), "demo", "--accounts", "200", "--contacts", "800", "--seed", "11",
                "--dir", dir.resolve("demo").toString(), "--summary-json", summary.toString(), "--keep", "--no-progress")
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try {
            Map<String, String> urls = new LinkedHashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("ready")) {
                    output.append(line).append('\n');
                    String[] parts = line.split(" ", 2);
                    if (parts.length == 2 && parts[1].startsWith("http://127.0.0.1")) {
                        urls.put(parts[0], parts[1]);
                    }
                }
                assertThat(line).as(output.toString()).isEqualTo("ready");
            }
            assertThat(output).contains("== setup").contains("create field Account.ABM_Fit_Score__c")
                    .contains("== first sync").contains("wrote nothing (0 calls)");

            JsonNode runs = JSON.readTree(Files.readString(summary));
            assertThat(runs.size()).isEqualTo(2);
            JsonNode first = runs.get(0);
            assertThat(first.path("writes").path("salesforce").path("Account").path("records").asInt()).isPositive();
            assertThat(first.path("writes").path("salesforce").path("Account").path("calls").asInt()).isPositive();
            assertThat(first.path("writes").path("hubspot").path("Contact").path("records").asInt()).isPositive();
            assertThat(first.path("reads").path("salesforce").path("Account").path("records").asInt()).isPositive();
            assertThat(first.path("reads").path("hubspot").path("Contact").path("calls").asInt()).isPositive();
            assertThat(first.path("fieldsWritten").path("salesforce").path("fitScore").asInt()).isPositive();
            assertThat(first.path("audiences").properties()).isNotEmpty();
            assertThat(first.path("audiences").properties().iterator().next().getValue().has("adds")).isTrue();
            // HubSpot lists hold the portal's own companies only; the org's others are left out, not dead letters.
            JsonNode hubSpotList = first.path("audiences").path("hubspot/tier1-na");
            assertThat(hubSpotList.path("adds").asInt()).as(first.toString()).isPositive();
            assertThat(hubSpotList.has("notInSystem")).isTrue();
            assertThat(first.path("deadLetters").asInt()).isZero();
            assertThat(first.path("playbookHash").asString()).isNotBlank();
            assertThat(first.path("durationMs").asLong()).isPositive();
            JsonNode second = runs.get(1);
            int secondWrites = 0;
            for (var system : second.path("writes").properties()) {
                for (var object : system.getValue().properties()) {
                    secondWrites += object.getValue().path("records").asInt() + object.getValue().path("calls").asInt();
                }
            }
            assertThat(secondWrites).isZero();
            assertThat(second.path("fieldsWritten").properties()).isEmpty();
            assertThat(dir.resolve("demo").resolve("report.html")).content().startsWith("<!DOCTYPE html>");

            assertThat(salesforceAccountsWithFitScore(urls.get("salesforce"))).isPositive();
            String companies = hubSpot(urls.get("hubspot"), "/crm/v3/objects/companies?limit=100&properties=abm_fit_score,abm_tier");
            assertThat(companies).contains("\"abm_fit_score\"").contains("\"abm_tier\"");

            JsonNode company = JSON.readTree(hubSpot(urls.get("hubspot"),
                    "/crm/v3/objects/companies?limit=1&properties=domain")).path("results").get(0);
            adminCommandsWorkOnTheDemosConfiguration(dir.resolve("demo").resolve("abm-bridge.yml"),
                    company.path("properties").path("domain").asString());
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    /** The admin commands, run as an admin would on the configuration the demo wrote, against the kept sandbox. */
    private void adminCommandsWorkOnTheDemosConfiguration(Path config, String hubSpotDomain) throws Exception {
        Map<String, String> env = Map.of("ABM_DEMO_SALESFORCE_SECRET", "any", "ABM_DEMO_HUBSPOT_TOKEN", "pat-na1-sandbox-11",
                "ABM_DEMO_LINKEDIN_CLIENT_SECRET", "any", "ABM_DEMO_LINKEDIN_ACCESS_TOKEN", "AQV-sandbox-11",
                "ABM_DEMO_LINKEDIN_REFRESH_TOKEN", "AQX-sandbox-11");

        JarRunner.Result check = JarRunner.run(env, "check", "--config", config.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("crm (salesforce): ready").contains("marketing (hubspot): ready")
                .contains("ads (linkedin): ready").doesNotContain("which syncs skip");

        Path runJson = dir.resolve("run.json");
        JarRunner.Result sync = JarRunner.run(env, "sync", "--config", config.toString(), "--summary-json", runJson.toString());
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
        JsonNode run = JSON.readTree(Files.readString(runJson));
        assertThat(run.path("reads").path("salesforce").path("Account").path("calls").asInt()).isPositive();
        assertThat(run.path("writes").properties()).isEmpty();

        JarRunner.Result audiences = JarRunner.run(env, "audiences", "--config", config.toString());
        assertThat(audiences.exitCode()).as(audiences.err()).isZero();
        assertThat(audiences.out()).contains("senior-contacts-tier1-2").contains("linkedin");
        JarRunner.Result live = JarRunner.run(env, "audiences", "--live", "--config", config.toString());
        assertThat(live.exitCode()).as(live.out() + live.err()).isZero();
        assertThat(live.out()).containsPattern("linkedin companies: [A-Z]+, [\\d,]+ of [\\d,]+ matched")
                .containsPattern("linkedin contacts: [A-Z]+, [\\d,]+ of [\\d,]+ matched");

        JarRunner.Result explain = JarRunner.run(env, "explain", "--config", config.toString(), "--account",
                hubSpotDomain);
        assertThat(explain.exitCode()).as(explain.out() + explain.err()).isZero();
        assertThat(explain.out()).contains("domain " + dev.abmbridge.core.normalize.RegistrableDomain.of(hubSpotDomain)).contains("Summary (as written to the CRM):")
                .contains("Audiences");
        JarRunner.Result unknown = JarRunner.run(env, "explain", "--config", config.toString(), "--account",
                "no-such-company.example.org");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no account with record id or domain");

        JarRunner.Result letters = JarRunner.run(env, "dead-letters", "list", "--config", config.toString());
        assertThat(letters.exitCode()).as(letters.err()).isZero();
        assertThat(letters.out()).contains("No dead letters.");

        JarRunner.Result unset = JarRunner.run("sync", "--config", config.toString());
        assertThat(unset.exitCode()).isEqualTo(2);
        assertThat(unset.err()).contains("ABM_DEMO_HUBSPOT_TOKEN is not set");
    }

    private static int salesforceAccountsWithFitScore(String url) throws Exception {
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/services/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=it&client_secret=it")).build(),
                HttpResponse.BodyHandlers.ofString());
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(JSON.readTree(token.body()).path("access_token").asString());
        config.setServiceEndpoint(url + "/services/Soap/u/65.0");
        config.setAuthEndpoint(url + "/services/Soap/u/65.0");
        QueryResult result = new PartnerConnection(config).query("SELECT Id, ABM_Fit_Score__c FROM Account");
        int scored = 0;
        for (SObject account : result.getRecords()) {
            if (account.getField("ABM_Fit_Score__c") != null) {
                scored++;
            }
        }
        return scored;
    }

    private static String hubSpot(String url, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer pat-na1-sandbox-11").build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
