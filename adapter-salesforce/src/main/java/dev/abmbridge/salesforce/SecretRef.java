package dev.abmbridge.salesforce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a secret lives: the name of an environment variable or the path of a file. The configuration holds only this
 * reference; the value is read when needed and never logged, printed or put in an exception message.
 */
public record SecretRef(Kind kind, String location) {

    public enum Kind {
        ENV, FILE
    }

    public SecretRef {
        Objects.requireNonNull(kind, "kind");
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a secret reference needs an environment variable name or a file path");
        }
    }

    public static SecretRef env(String variable) {
        return new SecretRef(Kind.ENV, variable);
    }

    public static SecretRef file(String path) {
        return new SecretRef(Kind.FILE, path);
    }

    /** Reads the secret; {@code environment} looks a variable up (System::getenv in production). */
    public String resolve(UnaryOperator<String> environment) {
        String value;
        if (kind == Kind.ENV) {
            value = environment.apply(location);
        } else {
            try {
                value = Files.readString(Path.of(location), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SalesforceAuthException("cannot read the secret file " + location + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (value == null || value.isBlank()) {
            throw new SalesforceAuthException("the secret " + this + " is not set");
        }
        return value.strip();
    }

    /** Names the reference, never the value. */
    @Override
    public String toString() {
        return kind == Kind.ENV ? "environment variable " + location : "file " + location;
    }
}
