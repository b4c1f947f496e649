package dev.abmbridge.core.state;

import dev.abmbridge.core.spi.RecordKind;

/** One record of a system. */
public record RecordRef(RecordKind kind, String id) {
}
