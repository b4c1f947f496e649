package dev.abmbridge.core.condition;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code matches} pattern that only lists whole words, {@code \b(labs|software|cloud)\b}, answered by
 * looking up the words of an ASCII text in a hash table instead of running the regex engine at every
 * position (a regex search was a third of the time of scoring an account).
 *
 * <p>Why this is the regex's answer: each word is made of word characters only ({@code [A-Za-z0-9_]}).
 * A match of such a word starts at a word character, so its {@code \b} needs a non-word character (or the
 * start) before it, and likewise a non-word character (or the end) after it, with only word characters
 * between: a match is exactly a maximal run of word characters that equals a listed word ignoring case.
 * On ASCII characters every JDK agrees on what a word character is and on case folding, so the lookup is
 * exact there. A run touching a non-ASCII character is not decided here ({@link #NOT_ASCII}): the caller
 * asks the regex, whose {@code \b} and Unicode case folding then apply.
 */
final class WholeWords {

    /** {@link #find}: a listed word is in the text. */
    static final int FOUND = 1;
    /** {@link #find}: no listed word is in the text. */
    static final int NOT_FOUND = 0;
    /** {@link #find}: the text has a non-ASCII character before a word was found; ask the regex. */
    static final int NOT_ASCII = -1;

    /** {@code \b(a|b)\b}, {@code \b(?:a|b)\b} or {@code \ba\b}, each word only word characters. */
    private static final Pattern SHAPE =
            Pattern.compile("\\\\b(?:\\((?:\\?:)?(\\w+(?:\\|\\w+)*)\\)|(\\w+))\\\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** Per ASCII character: its lower case if it is a word character, 0 otherwise. */
    private static final char[] FOLDED = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean word = c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            FOLDED[c] = word ? Character.toLowerCase(c) : 0;
        }
    }

    /** Open addressing by {@link #hash}; the words in lower case, null in empty slots. */
    private final String[] slots;
    private final int mask;
    /** Bit L set when some word has length L (L up to 63), to skip most runs without hashing them. */
    private final long lengths;

    private WholeWords(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(1, words.size()) * 2) * 2;
        slots = new String[size];
        mask = size - 1;
        long ls = 0;
        for (String w : words) {
            int i = spread(w.hashCode()) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            ls |= w.length() < 64 ? 1L << w.length() : 1L << 63;
        }
        lengths = ls;
    }

    /** The lookup for {@code regex}, or null when the regex is anything but a list of whole ASCII words. */
    static WholeWords of(String regex) {
        Matcher m = SHAPE.matcher(regex);
        if (!m.matches()) {
            return null;
        }
        String list = m.group(1) != null ? m.group(1) : m.group(2);
        Set<String> words = new LinkedHashSet<>();
        for (String w : list.split("\\|")) {
            if (!isAsciiWord(w)) {
                return null;
            }
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return new WholeWords(words);
    }

    private static boolean isAsciiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 128 || FOLDED[c] == 0) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /**
     * Whether a listed word stands as a whole word in {@code text}, ignoring case: {@link #FOUND},
     * {@link #NOT_FOUND}, or {@link #NOT_ASCII} when a non-ASCII character came first.
     */
    int find(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            if (FOLDED[c] == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (c = text.charAt(i)) < 128 && FOLDED[c] != 0) {
                i++;
            }
            if (i < n && c >= 128) {
                return NOT_ASCII;
            }
            if (isListed(text, start, i - start)) {
                return FOUND;
            }
        }
        return NOT_FOUND;
    }

    /** Whether the run text[start, start + length) of ASCII word characters is a listed word. */
    private boolean isListed(String text, int start, int length) {
        if ((lengths & (length < 64 ? 1L << length : 1L << 63)) == 0) {
            return false;
        }
        int h = 0;
        for (int j = start; j < start + length; j++) {
            h = 31 * h + FOLDED[text.charAt(j)];
        }
        for (int s = spread(h) & mask; slots[s] != null; s = (s + 1) & mask) {
            if (sameWord(slots[s], text, start, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String word, String text, int start, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (word.charAt(j) != FOLDED[text.charAt(start + j)]) {
                return false;
            }
        }
        return true;
    }

    /** The table uses only a few low bits of the hash; mix the high bits into them. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
