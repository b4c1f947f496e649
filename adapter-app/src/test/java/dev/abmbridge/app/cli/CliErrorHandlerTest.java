package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Redactor;
import dev.abmbridge.app.config.BridgeConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Internal failures carry text from libraries and remote systems; whatever they echo of a secret the configuration
 * resolved, or of anything shaped like a credential, is scrubbed before it reaches the terminal, stack trace included.
 */
class CliErrorHandlerTest {

    private static final String HUBSPOT_TOKEN = "pat-na1-0f3c9e71-known-token";

    @TempDir
    Path dir;

    @Command(name = "failing")
    static final class Failing implements Runnable {

        static String message;

        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            throw new IllegalStateException(message, new RuntimeException("caused by " + message));
        }
    }

    private String run(String message, String... args) {
        Failing.message = message;
        CommandLine cli = new CommandLine(new Failing());
        CliErrorHandler handler = new CliErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).isEqualTo(ExitCode.INTERNAL);
        return err.toString();
    }

    private void resolveConfigurationWithHubSpotToken() throws IOException {
        Files.writeString(dir.resolve("playbook.yml"), "version: 1\n");
        Path file = dir.resolve("abm-bridge.yml");
        Files.writeString(file, """
                abm:
                  playbook: playbook.yml
                  connections:
                    marketing:
                      type: hubspot
                      token: ${HS_TOKEN}
                """);
        Map<String, String> env = Map.of("HS_TOKEN", HUBSPOT_TOKEN);
        Redactor.of(new BridgeConfigLoader(env::get).load(file), env::get);
    }

    @Test
    void aResolvedSecretInAnInternalErrorIsShownAsStars() throws IOException {
        resolveConfigurationWithHubSpotToken();

        String out = run("request rejected: token " + HUBSPOT_TOKEN + " is not valid");

        assertThat(out).contains("internal error: IllegalStateException: request rejected: token **** is not valid")
                .doesNotContain(HUBSPOT_TOKEN);
    }

    @Test
    void theVerboseStackTraceIsScrubbedToo() throws IOException {
        resolveConfigurationWithHubSpotToken();

        String out = run("echoed " + HUBSPOT_TOKEN, "--verbose");

        assertThat(out).contains("at dev.abmbridge.app.cli.CliErrorHandlerTest$Failing.run", "caused by echoed ****")
                .doesNotContain(HUBSPOT_TOKEN);
    }

    @Test
    void credentialShapedTextIsScrubbedEvenWhenNoConfigurationNamedIt() {
        String out = run("POST /token failed: grant_type=refresh_token&refresh_token=AQXdk38fj29fJ2k&client_secret=s3cr3t-v4lue"
                + " with header Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig and {\"access_token\": \"00Dx0000abc!AQ\"}");

        assertThat(out).doesNotContain("AQXdk38fj29fJ2k", "s3cr3t-v4lue", "eyJhbGciOiJSUzI1NiJ9", "00Dx0000abc!AQ")
                .contains("refresh_token=****", "client_secret=****", "Bearer ****", "\"access_token\": \"****\"");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String out = run("HubSpot needs a Bearer authentication header; 3 of 200 records failed");

        assertThat(out).contains("HubSpot needs a Bearer authentication header; 3 of 200 records failed");
    }
}
