package dev.abmbridge.linkedin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail to LinkedIn's {@code SHA256_EMAIL}: trimmed, lower-cased (root locale), SHA-256 of the UTF-8 bytes,
 * lower-case hex, no salt — the same key the engine uses for contact members. A value that already is 64 hex
 * characters is taken as a hash (lower-cased), never hashed twice.
 */
public final class LinkedInEmailHash {

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");

    private LinkedInEmailHash() {
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isHash(String value) {
        return value != null && SHA256_HEX.matcher(value).matches();
    }

    /** The hash of an e-mail, or the given hash lower-cased; null for a missing or blank value. */
    public static String of(String emailOrHash) {
        if (emailOrHash == null || emailOrHash.isBlank()) {
            return null;
        }
        String trimmed = emailOrHash.strip();
        if (isHash(trimmed)) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(trimmed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
