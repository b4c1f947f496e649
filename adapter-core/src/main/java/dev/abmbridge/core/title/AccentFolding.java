package dev.abmbridge.core.title;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds one character to lower-case ASCII so that "Geschäftsführer" and "Geschaftsfuhrer" meet.
 * Latin letters are looked up in a table built once, because titles are parsed by the million
 * and {@link Normalizer} per character would dominate the cost; anything rarer falls back to it.
 */
final class AccentFolding {
    private static final int TABLE_END = 0x250;  // Latin-1 Supplement and Latin Extended-A/B
    private static final String[] TABLE = buildTable();

    private AccentFolding() {
    }

    /** The folded letters of {@code c}, or null when it is not a letter or digit (a word break). */
    static String fold(char c) {
        if (c < TABLE_END) {
            return TABLE[c];
        }
        return Character.isLetterOrDigit(c) ? decompose(c) : null;
    }

    private static String[] buildTable() {
        String[] table = new String[TABLE_END];
        for (char c = 0; c < TABLE_END; c++) {
            if (Character.isLetterOrDigit(c)) {
                table[c] = decompose(c);
            }
        }
        return table;
    }

    private static String decompose(char c) {
        String special = ligature(c);
        if (special != null) {
            return special;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); i++) {
            char part = base.charAt(i);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                letters.append(part);
            }
        }
        String folded = letters.toString().toLowerCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    // Letters that NFD does not split into a base letter and a mark.
    private static String ligature(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            default -> null;
        };
    }
}
