package dev.abmbridge.core.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fixed set of comparison keys that tells whether the key of a text is one of them, without building
 * that key and without comparing the text with every key.
 *
 * <p>The keys are filed under their first code point. The key of a text starts with the text's first
 * character that is not a separator, lower-cased ({@code a} for {@code &}), so only the keys filed under
 * that character can be the text's key: finding it takes a look at the start of the text, most texts
 * have no candidate at all, and the few candidates are compared in full with {@link TextKey#compare}.
 */
public final class TextKeySet {

    private static final String[] NONE = {};

    /** Per ASCII character: -1 for a separator, else the first character of a key starting there. */
    private static final int[] ASCII_FIRST = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_FIRST[c] = TextKey.isSeparator(c) ? -1 : c == '&' ? 'a' : Character.toLowerCase(c);
        }
    }

    /** Keys by their first code point when it is ASCII. */
    private final String[][] byAsciiFirst = new String[128][];
    /** Keys whose first code point is not ASCII. */
    private final String[] otherFirst;

    private TextKeySet(Collection<String> keys) {
        List<List<String>> ascii = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            ascii.add(new ArrayList<>());
        }
        List<String> other = new ArrayList<>();
        for (String k : keys) {
            if (k.isEmpty()) {
                continue; // no text has an empty key
            }
            int first = k.codePointAt(0);
            (first < 128 ? ascii.get(first) : other).add(k);
        }
        for (int c = 0; c < 128; c++) {
            byAsciiFirst[c] = ascii.get(c).isEmpty() ? NONE : ascii.get(c).toArray(String[]::new);
        }
        otherFirst = other.toArray(String[]::new);
    }

    /** The set of {@code keys}, each of them a key as {@link TextKey#of} builds it. */
    public static TextKeySet of(Collection<String> keys) {
        return new TextKeySet(keys);
    }

    /**
     * {@link TextKey#SAME} when the key of {@code text} is in the set, {@link TextKey#DIFFERENT} when it is
     * not, {@link TextKey#NO_KEY} when the text has none (null or only separators).
     */
    public int compare(String text) {
        if (text == null) {
            return TextKey.NO_KEY;
        }
        int first = firstKeyCodePoint(text);
        if (first < 0) {
            return TextKey.NO_KEY;
        }
        for (String k : first < 128 ? byAsciiFirst[first] : otherFirst) {
            if (TextKey.compare(text, k) == TextKey.SAME) {
                return TextKey.SAME;
            }
        }
        return TextKey.DIFFERENT;
    }

    /** The first code point of the text's key, or -1 when it has no key. */
    private static int firstKeyCodePoint(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 128) {
                if (ASCII_FIRST[c] >= 0) {
                    return ASCII_FIRST[c];
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (!TextKey.isSeparator(cp)) {
                return Character.toLowerCase(cp);
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
