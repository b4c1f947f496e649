package dev.abmbridge.core.spi;

/** The two kinds of record a source streams and a sink writes. */
public enum RecordKind {
    ACCOUNT, CONTACT
}
