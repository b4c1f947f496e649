package dev.abmbridge.core.normalize;

import java.util.Set;

/**
 * Recognizes the values exports put in a cell to say "no value" ({@code n/a}, {@code -},
 * {@code unknown}, ...). Only used for typed fields (numbers, domains, countries): a free-text
 * field such as {@code name} keeps whatever the source wrote.
 */
public final class Placeholder {
    private static final Set<String> KEYS = Set.of(
            "n/a", "n.a.", "n.a", "na", "#n/a", "-", "--", "---", "\u2013", "\u2014", "?", "??",
            "unknown", "unk", "none", "null", "nil", "tbd", "not available", "not applicable",
            "not specified", "unspecified");

    private Placeholder() {
    }

    /** True when the text is missing or one of the known placeholders. */
    public static boolean isMissing(String text) {
        String key = TextKey.of(text);
        return key == null || KEYS.contains(key);
    }
}
