package dev.abmbridge.sandbox.auth;

import java.time.Instant;

/** A token an emulator issued, to whom, and until when it is accepted. */
public record IssuedToken(String value, String subject, Instant issuedAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
