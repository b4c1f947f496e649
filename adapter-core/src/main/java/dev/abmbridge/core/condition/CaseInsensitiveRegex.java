package dev.abmbridge.core.condition;

import java.util.regex.Pattern;

/**
 * A {@code matches} pattern: searched anywhere, case-insensitive in the Unicode sense. Unicode case
 * folding makes every match a fifth slower, and texts of plain ASCII do not need it, so those are
 * matched with ASCII folding and only texts with other characters (İstanbul, ÉCOLE) with full folding.
 * A pattern that only lists whole words is answered for ASCII texts without the regex engine ({@link WholeWords}).
 */
final class CaseInsensitiveRegex {

    private final Pattern ascii;
    private final Pattern unicode;
    /** Null unless the pattern is a list of whole words. */
    private final WholeWords words;

    CaseInsensitiveRegex(String regex) {
        this.unicode = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.ascii = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        this.words = WholeWords.of(regex);
    }

    boolean find(String text) {
        if (words != null) {
            int found = words.find(text);
            return found == WholeWords.NOT_ASCII ? unicode.matcher(text).find() : found == WholeWords.FOUND;
        }
        return (isAscii(text) ? ascii : unicode).matcher(text).find();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
