package dev.abmbridge.core.condition;

import java.util.regex.Pattern;

/**
 * A {@code matches} pattern: searched anywhere, case-insensitive in the Unicode sense. Unicode case
 * folding makes every match a fifth slower, and texts of plain ASCII do not need it, so those are
 * matched with ASCII folding and only texts with other characters (İstanbul, ÉCOLE) with full folding.
 */
final class CaseInsensitiveRegex {

    private final Pattern ascii;
    private final Pattern unicode;

    CaseInsensitiveRegex(String regex) {
        this.unicode = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.ascii = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    boolean find(String text) {
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
