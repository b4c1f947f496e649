package dev.abmbridge.core.condition;

import java.util.Collection;

/** PLAYBOOK.md: a value that is null, empty or only white space is missing. */
final class MissingValue {
    private MissingValue() {
    }

    static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String s) {
            return isBlankText(s);
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return false;
    }

    /**
     * Only white space and underscores: the text rules read {@code _} as a space, so such a text has no
     * comparison key and is as good as empty. Returns at the first other character, the usual case.
     */
    private static boolean isBlankText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '_' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
