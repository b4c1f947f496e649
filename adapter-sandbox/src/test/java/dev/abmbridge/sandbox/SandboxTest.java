package dev.abmbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(200, 400, 3));

    @Test
    void servesEachApiOnItsOwnLocalPort(Sandbox sandbox) {
        List<String> urls = List.of(sandbox.salesforceUrl(), sandbox.hubSpotUrl(), sandbox.linkedInUrl());
        assertThat(urls).allMatch(u -> u.startsWith("http://127.0.0.1:")).doesNotHaveDuplicates();
        assertThat(sandbox.data().companies()).hasSize(200);
    }

    @Test
    void announcesUrlsThenReady() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SandboxMain.announce(SANDBOX.sandbox(), new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("salesforce " + SANDBOX.sandbox().salesforceUrl());
        assertThat(lines.get(1)).isEqualTo("hubspot " + SANDBOX.sandbox().hubSpotUrl());
        assertThat(lines.get(2)).isEqualTo("linkedin " + SANDBOX.sandbox().linkedInUrl());
        assertThat(lines.get(3)).isEqualTo("ready");
    }

    @Test
    void parsesCommandLineOptions() {
        SandboxConfig config = SandboxMain.parse(new String[] {"--accounts", "10", "--contacts", "20", "--seed", "9"},
                SandboxConfig.defaults());
        assertThat(config.accounts()).isEqualTo(10);
        assertThat(config.contacts()).isEqualTo(20);
        assertThat(config.seed()).isEqualTo(9);
    }

    @Test
    void startsWithTenThousandAccounts() {
        long started = System.nanoTime();
        try (Sandbox big = Sandbox.start(SandboxConfig.defaults().withData(10_000, 30_000, 1))) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("sandbox start with 10,000 accounts / 30,000 contacts: " + millis + " ms");
            assertThat(big.salesforce().org().accounts().size()).isGreaterThan(5_000);
        }
    }
}
