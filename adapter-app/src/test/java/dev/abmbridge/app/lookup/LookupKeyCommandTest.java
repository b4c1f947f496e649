package dev.abmbridge.app.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.app.cli.AbmBridgeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LookupKeyCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(AbmBridgeCommand.class);
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void printsANewKeyOnceAndAnEntryHoldingOnlyItsHashWhichTheApiAccepts() {
        String printed = run("lookup-key", "--name", "website");

        Matcher key = Pattern.compile("^  (abm_[A-Za-z0-9_-]{43})$", Pattern.MULTILINE).matcher(printed);
        Matcher hash = Pattern.compile("^    sha256: ([0-9a-f]{64})$", Pattern.MULTILINE).matcher(printed);
        assertThat(key.find()).as(printed).isTrue();
        assertThat(hash.find()).as(printed).isTrue();
        assertThat(printed).contains("  - name: website");

        ApiKeys keys = new ApiKeys(List.of(new LookupProperties.Key("website", hash.group(1), false)));
        assertThat(keys.holder(key.group(1))).contains("website");
        assertThat(keys.holder(key.group(1) + "x")).isEmpty();
        assertThat(run("lookup-key", "--name", "website")).doesNotContain(key.group(1));
    }

    @Test
    void aRevokedKeyIsRefusedAndAMalformedEntryIsAConfigurationError() {
        String hash = ApiKeys.sha256Hex("k");
        assertThat(new ApiKeys(List.of(new LookupProperties.Key("a", hash, true))).holder("k")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ApiKeys(List.of(new LookupProperties.Key("a", "not-a-hash", false))))
                .hasMessageContaining("abm-bridge lookup-key");
    }
}
