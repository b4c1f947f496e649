package dev.abmbridge.core.normalize;

/** Missing-value rule of PLAYBOOK.md: null, empty or only white space is missing. */
public final class TextValue {
    private TextValue() {
    }

    /** The trimmed text, or null when it is missing. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        return t.isEmpty() ? null : t;
    }
}
