package dev.abmbridge.core.normalize;

/**
 * The comparison key of a text (PLAYBOOK.md, text comparison): case-insensitive, trimmed, runs of
 * white space folded to one space, {@code _} read as a space and {@code &} as {@code and}.
 *
 * <p>Both sides of a comparison go through this, so {@code R&D} and {@code r and d} meet at
 * {@code r and d}. Case folding is per code point with {@link Character#toLowerCase(int)}, which
 * does not depend on the default locale (no Turkish dotless-i surprises) and is idempotent.
 *
 * <p>This runs for every field of every record a rule looks at, so it is a single pass over the
 * characters without regular expressions, and it returns the input itself when the input is
 * already a key (the common case for values that went through here once).
 */
public final class TextKey {
    private TextKey() {
    }

    /** The key, or null when the text is missing (null, empty, or only white space and {@code _}). */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        // While out is null the key is exactly text[0, i) (the pending space, if any, being the
        // single ' ' at i - 1); we only start copying at the first character that changes.
        StringBuilder out = null;
        boolean pendingSpace = false;
        boolean any = false;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isSeparator(cp)) {
                if (!any || pendingSpace || cp != ' ') {
                    out = materialize(out, text, i, pendingSpace);
                }
                pendingSpace = any;
            } else if (cp == '&') {
                out = materialize(out, text, i, pendingSpace);
                if (any) {
                    out.append(' ');
                }
                out.append("and");
                any = true;
                pendingSpace = true;
            } else {
                int lower = Character.toLowerCase(cp);
                if (lower != cp) {
                    out = materialize(out, text, i, pendingSpace);
                }
                if (out != null) {
                    if (pendingSpace) {
                        out.append(' ');
                    }
                    out.appendCodePoint(lower);
                }
                pendingSpace = false;
                any = true;
            }
            i += Character.charCount(cp);
        }
        if (!any) {
            return null;
        }
        if (out != null) {
            return out.toString();
        }
        // Unchanged apart from possibly one trailing space.
        return pendingSpace ? text.substring(0, n - 1) : text;
    }

    /** {@link #compare}: the text has no key (it is null or only separators). */
    public static final int NO_KEY = -1;
    /** {@link #compare}: the text's key is a different key. */
    public static final int DIFFERENT = 0;
    /** {@link #compare}: the text's key is the given key. */
    public static final int SAME = 1;

    /** Whether the key of {@code text} is {@code key}, that is {@code key.equals(of(text))}, without building it. */
    public static boolean isKeyOf(String text, String key) {
        return compare(text, key) == SAME;
    }

    /**
     * Compares the key of {@code text} with {@code key} (itself a key) as {@link #of} would build it, but
     * walking both strings at once, so nothing is allocated and a difference stops at its first character.
     *
     * @return {@link #SAME}, {@link #DIFFERENT}, or {@link #NO_KEY} when {@code of(text)} is null
     */
    public static int compare(String text, String key) {
        if (text == null) {
            return NO_KEY;
        }
        int n = text.length();
        int kn = key.length();
        int k = 0;
        boolean pendingSpace = false;
        boolean any = false;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                pendingSpace = any;
                continue;
            }
            // the text has a key from here on, so a mismatch is DIFFERENT
            if (cp == '&') {
                if (any) {
                    if (k >= kn || key.charAt(k) != ' ') {
                        return DIFFERENT;
                    }
                    k++;
                }
                if (!key.startsWith("and", k)) {
                    return DIFFERENT;
                }
                k += 3;
                pendingSpace = true;
            } else {
                if (pendingSpace) {
                    if (k >= kn || key.charAt(k) != ' ') {
                        return DIFFERENT;
                    }
                    k++;
                }
                int lower = Character.toLowerCase(cp);
                if (k >= kn || key.codePointAt(k) != lower) {
                    return DIFFERENT;
                }
                k += Character.charCount(lower);
                pendingSpace = false;
            }
            any = true;
        }
        if (!any) {
            return NO_KEY;
        }
        return k == kn ? SAME : DIFFERENT;
    }

    static boolean isSeparator(int cp) {
        return cp == '_' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Starts the copy (once): the unchanged prefix, without a pending space, which is emitted later. */
    private static StringBuilder materialize(StringBuilder out, String text, int i, boolean pendingSpace) {
        if (out != null) {
            return out;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        b.append(text, 0, pendingSpace ? i - 1 : i);
        return b;
    }
}
