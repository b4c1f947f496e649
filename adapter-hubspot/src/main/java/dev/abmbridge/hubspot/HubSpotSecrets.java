package dev.abmbridge.hubspot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Resolves a secret reference from the configuration: {@code env:NAME} (an environment variable) or
 * {@code file:/path} (the trimmed content of a file, e.g. a mounted Kubernetes secret). A secret is never written
 * in the configuration itself, and messages name the reference, never the value.
 */
public final class HubSpotSecrets {

    private final Function<String, String> environment;

    public HubSpotSecrets(Function<String, String> environment) {
        this.environment = environment;
    }

    public static HubSpotSecrets fromSystem() {
        return new HubSpotSecrets(System::getenv);
    }

    public String resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a secret reference is missing (expected env:NAME or file:/path)");
        }
        if (reference.startsWith("env:")) {
            String value = environment.apply(reference.substring(4));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("environment variable " + reference.substring(4) + " is not set or empty");
            }
            return value.trim();
        }
        if (reference.startsWith("file:")) {
            Path path = Path.of(reference.substring(5));
            try {
                String value = Files.readString(path, StandardCharsets.UTF_8).trim();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("secret file " + path + " is empty");
                }
                return value;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read secret file " + path, e);
            }
        }
        throw new IllegalArgumentException("a secret reference must be env:NAME or file:/path, never the secret itself");
    }
}
