package dev.abmbridge.core.spi;

import java.util.Objects;

/**
 * One membership change of an audience.
 *
 * @param key a company's registrable domain, or the SHA-256 (hex) of a contact's normalized e-mail: never a
 *            plain e-mail
 */
public record MemberChange(MemberKind kind, String key, boolean add) {

    public enum MemberKind {
        COMPANY, CONTACT
    }

    public MemberChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
