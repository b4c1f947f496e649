package dev.abmbridge.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo run with known secrets (set by environment, as an admin would) and the sandbox's known tokens: none of
 * them appears in the output, nor in any file the demo leaves behind (configuration, report, summary, state store).
 */
class SecretsNeverShownIT {

    @TempDir
    Path dir;

    @Test
    void noSecretAppearsInTheOutputOrInAnyFileTheDemoWrites() throws Exception {
        String salesforceSecret = "sf-K9x!known-secret-2f6a";
        String linkedInSecret = "li-known-secret-77c1";
        Path demo = dir.resolve("demo");
        JarRunner.Result r = JarRunner.run(Map.of("ABM_DEMO_SALESFORCE_SECRET", salesforceSecret,
                        "ABM_DEMO_LINKEDIN_CLIENT_SECRET", linkedInSecret),
                "demo", "--accounts", "60", "--contacts", "200", "--seed", "5", "--dir", demo.toString(),
                "--summary-json", demo.resolve("summary.json").toString(), "--no-progress", "--verbose");

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        List<String> secrets = List.of(salesforceSecret, linkedInSecret, "pat-na1-sandbox-5", "AQV-sandbox-5",
                "AQX-sandbox-5");
        StringBuilder everything = new StringBuilder(r.out()).append(r.err());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(demo)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("abm-bridge.yml", "report.html", "summary.json", "state.mv.db");
        for (Path f : files) {
            everything.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        }
        for (String secret : secrets) {
            assertThat(everything.toString()).as("'%s' must appear nowhere", secret).doesNotContain(secret);
        }
    }
}
