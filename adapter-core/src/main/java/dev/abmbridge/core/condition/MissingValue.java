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
            return s.isBlank();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return false;
    }
}
