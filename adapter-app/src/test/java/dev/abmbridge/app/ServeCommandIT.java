package dev.abmbridge.app;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code abm-bridge serve} from the packaged jar: it serves until stopped, and refuses to be exposed without a token. */
class ServeCommandIT {

    @Test
    void servesHealthAndTheStatusPageOnLoopbackUntilStopped() throws Exception {
        Process serve = serve("--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            Pattern serving = Pattern.compile("serving on (http://127\\.0\\.0\\.1:\\d+/)");
            String base = null;
            StringBuilder seen = new StringBuilder();
            for (String line; base == null && (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
            }
            assertThat(base).as("the serving line in:\n" + seen).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("<h1>ABM Bridge status</h1>");
        } finally {
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        assertThat(serve.exitValue()).as("a SIGTERM ends it cleanly").isIn(0, 143);
    }

    @Test
    void refusesAnyOtherAddressWithoutAToken() throws Exception {
        Path err = Files.createTempFile("abm-serve-err", ".txt");
        Process serve = serve("--address", "0.0.0.0", "--port", "0").redirectError(err.toFile()).start();
        String out = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err)).contains("serve did not start", "ABM_SERVE_TOKEN");
        assertThat(out).doesNotContain("serving on");
    }

    /** The jar's {@code serve} with an in-memory state store (nothing written to the working directory). */
    private static ProcessBuilder serve(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JarRunner.JAR.toString(),
                "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:mem:serve-it-" + UUID.randomUUID());
        return builder;
    }
}
