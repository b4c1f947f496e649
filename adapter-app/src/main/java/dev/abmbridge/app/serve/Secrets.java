package dev.abmbridge.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/** A secret given inline or in a file; never printed, compared in constant time. */
final class Secrets {

    private Secrets() {
    }

    /** The inline value when set, else the file's first line; empty when neither is given. */
    static Optional<String> resolve(String inline, Path file, String what) {
        if (inline != null && !inline.isBlank()) {
            return Optional.of(inline.strip());
        }
        if (file == null) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IllegalStateException(what + " file " + file + " is empty");
            }
            return Optional.of(first);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " file " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "(set)";
    }
}
