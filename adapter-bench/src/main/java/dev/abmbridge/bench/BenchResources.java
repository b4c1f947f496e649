package dev.abmbridge.bench;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the benchmark inputs shipped in {@code src/main/resources/bench}. */
public final class BenchResources {

    public static final String STRUCTURED_PLAYBOOK = "icp-structured.yml";
    public static final String CEL_PLAYBOOK = "icp-cel.yml";
    public static final String DRL_RULES = "icp-rules.drl";

    private BenchResources() {
    }

    public static String text(String name) {
        try (InputStream in = BenchResources.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/bench/" + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Playbook playbook(String name) {
        return new PlaybookLoader().parse(name, text(name));
    }
}
