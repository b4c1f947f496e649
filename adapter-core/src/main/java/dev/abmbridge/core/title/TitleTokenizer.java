package dev.abmbridge.core.title;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw title into words once, in a single pass over its characters, so that everything
 * after it works on hash look-ups instead of regular expressions.
 *
 * <p>Words are lower-case ASCII (accents folded). Punctuation, emojis and other symbols separate
 * words. Two exceptions keep abbreviations whole: dotted acronyms ("V.P.", "C.E.O.") and
 * single-letter pairs around "&amp;" ("R&amp;D", "L&amp;D") become one word. "@" becomes the word
 * {@value #AT_SIGN} because it introduces a company name. "|" and bullets start a new segment;
 * words in brackets go to the aside.
 */
final class TitleTokenizer {
    static final String AT_SIGN = "@";

    TitleTokens tokenize(String title) {
        Collector words = new Collector();
        int lettersInPart = 0;  // letters since the word began or since a joined dot
        int length = title.length();
        for (int i = 0; i < length; i++) {
            char c = title.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                words.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c);
                lettersInPart++;
                continue;
            }
            if ((c == '.' || c == '&') && lettersInPart == 1 && i + 1 < length
                    && Character.isLetter(title.charAt(i + 1))) {
                lettersInPart = 0;
                continue;
            }
            lettersInPart = 0;
            if (c >= 0x80) {
                String folded = AccentFolding.fold(c);
                if (folded != null) {
                    words.append(folded);
                    lettersInPart++;
                    continue;
                }
            }
            switch (c) {
                case '(', '[', '{' -> words.openBracket();
                case ')', ']', '}' -> words.closeBracket();
                case '|', '\u2022', '\u00b7', '\u2016', '\uff5c' -> words.newSegment();
                case '@' -> words.add(AT_SIGN);
                default -> words.endWord();
            }
        }
        return words.finish();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The words seen so far; one per call to {@link #tokenize}, never shared. */
    private static final class Collector {
        private final StringBuilder word = new StringBuilder(24);
        private final List<List<String>> segments = new ArrayList<>(2);
        private List<String> segment = new ArrayList<>(8);
        private List<String> aside = List.of();
        private int bracketDepth;

        void append(char c) {
            word.append(c);
        }

        void append(String letters) {
            word.append(letters);
        }

        void endWord() {
            if (word.length() > 0) {
                String finished = word.toString();
                word.setLength(0);
                store(finished);
            }
        }

        void add(String token) {
            endWord();
            store(token);
        }

        private void store(String token) {
            if (bracketDepth > 0) {
                if (aside.isEmpty()) {
                    aside = new ArrayList<>(4);
                }
                aside.add(token);
            } else {
                segment.add(token);
            }
        }

        void openBracket() {
            endWord();
            bracketDepth++;
        }

        void closeBracket() {
            endWord();
            bracketDepth = Math.max(0, bracketDepth - 1);
        }

        void newSegment() {
            endWord();
            if (bracketDepth == 0 && !segment.isEmpty()) {
                segments.add(List.copyOf(segment));
                segment = new ArrayList<>(8);
            }
        }

        TitleTokens finish() {
            endWord();
            bracketDepth = 0;
            newSegment();
            return new TitleTokens(segments, aside);
        }
    }
}
