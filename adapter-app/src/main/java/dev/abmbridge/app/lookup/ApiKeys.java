package dev.abmbridge.app.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The look-up API's keys, known only by their SHA-256: the configuration, the state store and the logs never hold a
 * usable key. A presented key is hashed and compared with every active hash in constant time.
 */
public final class ApiKeys {

    /** The active keys' hashes, decoded once: a look-up hashes the presented key and compares bytes only. */
    private final List<ActiveKey> active;

    private record ActiveKey(String name, byte[] sha256) {
    }

    public ApiKeys(List<LookupProperties.Key> keys) {
        for (LookupProperties.Key key : keys) {
            if (key.name() == null || key.name().isBlank() || key.sha256() == null
                    || !key.sha256().matches("(?i)[0-9a-f]{64}")) {
                throw new IllegalArgumentException("every abm.lookup.keys entry needs a name and the key's sha256 "
                        + "(64 hexadecimal digits); `abm-bridge lookup-key --name <who>` makes a key and its entry");
            }
        }
        this.active = keys.stream().filter(k -> !k.revoked())
                .map(k -> new ActiveKey(k.name(), HexFormat.of().parseHex(k.sha256().toLowerCase(Locale.ROOT))))
                .toList();
    }

    /** The name of the active key presented, empty for a missing, unknown or revoked one. */
    public Optional<String> holder(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented.strip());
        String found = null;
        for (ActiveKey key : active) {
            // Every hash is compared, so the time taken does not tell which key came close.
            if (MessageDigest.isEqual(hash, key.sha256())) {
                found = key.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A new random key (256 bits, URL-safe) for {@code abm-bridge lookup-key}. */
    public static String newKey(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "abm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
