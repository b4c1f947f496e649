package dev.abmbridge.core.normalize;

/**
 * The comparison key of a text (PLAYBOOK.md, text comparison): case-insensitive, trimmed, runs of
 * white space folded to one space, {@code _} read as a space and {@code &} as {@code and}.
 */
public final class TextKey {
    private TextKey() {
    }

    /** The key, or null when the text is missing. */
    public static String of(String text) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
