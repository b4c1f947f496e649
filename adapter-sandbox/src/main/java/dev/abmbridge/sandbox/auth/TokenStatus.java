package dev.abmbridge.sandbox.auth;

/** What an emulator knows about a presented token. */
public enum TokenStatus {
    VALID, EXPIRED, UNKNOWN
}
