package dev.abmbridge.core.file;

/** A normalized record and the 1-based physical line its row starts on, for messages about it later. */
public record LineRecord<T>(long line, T record) {
}
