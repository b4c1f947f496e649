package dev.abmbridge.app;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `abm-bridge sandbox` prints one URL per API, then `ready`, and serves on localhost until stopped. */
class SandboxCommandIT {

    @Test
    void printsTheUrlsThenReadyAndServesUntilStopped() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRunner.JAR.toString(), "sandbox", "--accounts", "50", "--contacts", "100", "--seed", "7")
                .redirectErrorStream(true).start();
        try {
            Map<String, String> urls = new LinkedHashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("ready")) {
                    String[] parts = line.split(" ", 2);
                    if (parts.length == 2 && parts[1].startsWith("http")) {
                        urls.put(parts[0], parts[1]);
                    }
                }
                assertThat(line).isEqualTo("ready");
            }
            assertThat(urls).containsOnlyKeys("salesforce", "hubspot", "linkedin");
            assertThat(urls.values()).allMatch(u -> u.startsWith("http://127.0.0.1:"));
            HttpResponse<String> noToken = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(urls.get("hubspot") + "/crm/v3/objects/companies")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(p.isAlive()).isTrue();
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }
}
