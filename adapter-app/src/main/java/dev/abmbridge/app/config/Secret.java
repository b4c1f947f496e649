package dev.abmbridge.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a secret lives: {@code ${ENV_VAR}} (an environment variable) or {@code file:/path} (the trimmed content of
 * a file, e.g. a mounted Kubernetes secret). The configuration never holds a secret itself, only this reference;
 * {@link #toString()} names the reference and never the value.
 */
public record Secret(Kind kind, String location) {

    public enum Kind {
        ENV, FILE
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public Secret {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    /** The reference written in the configuration, or empty when the text is not a reference (a pasted secret). */
    public static Optional<Secret> parse(String written) {
        String text = written.strip();
        Matcher m = PLACEHOLDER.matcher(text);
        if (m.matches()) {
            return Optional.of(new Secret(Kind.ENV, m.group(1)));
        }
        if (text.startsWith("file:") && text.length() > 5) {
            return Optional.of(new Secret(Kind.FILE, text.substring(5)));
        }
        return Optional.empty();
    }

    /** Why the secret cannot be read now (variable unset, file missing or empty); empty when it can. */
    public Optional<String> unavailable(UnaryOperator<String> environment, Path baseDir) {
        if (kind == Kind.ENV) {
            String value = environment.apply(location);
            return value == null || value.isBlank()
                    ? Optional.of("the environment variable " + location + " is not set") : Optional.empty();
        }
        Path file = file(baseDir);
        if (!Files.isReadable(file)) {
            return Optional.of("the secret file " + file + " does not exist or cannot be read");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).isBlank()
                    ? Optional.of("the secret file " + file + " is empty") : Optional.empty();
        } catch (IOException e) {
            return Optional.of("the secret file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The value; only for handing to a connector, never for printing. */
    public String resolve(UnaryOperator<String> environment, Path baseDir) {
        unavailable(environment, baseDir).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        if (kind == Kind.ENV) {
            return environment.apply(location).strip();
        }
        try {
            return Files.readString(file(baseDir), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("the secret file " + file(baseDir) + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A relative file is relative to the configuration file's directory. */
    public Path file(Path baseDir) {
        Path p = Path.of(location);
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
    }

    /** As written in the configuration: {@code ${NAME}} or {@code file:path}. */
    public String reference() {
        return kind == Kind.ENV ? "${" + location + "}" : "file:" + location;
    }

    @Override
    public String toString() {
        return kind == Kind.ENV ? "environment variable " + location : "file " + location;
    }
}
