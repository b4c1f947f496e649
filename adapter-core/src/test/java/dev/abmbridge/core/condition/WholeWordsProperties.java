package dev.abmbridge.core.condition;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-word lookup behind {@code matches} must answer exactly what {@code java.util.regex} answers
 * for the same pattern, case-insensitive in the Unicode sense, on any text: ASCII or not, with combining
 * marks, surrogate pairs, letters whose case folds onto ASCII (İ, ı, ſ, the Kelvin sign) and words glued
 * to their neighbours.
 */
class WholeWordsProperties {

    private static final List<String> LISTED = List.of("labs", "software", "Systems", "data", "AI", "k", "s", "i",
            "x2", "_io", "cloud_9", "analytics");

    private static final List<String> SEPARATORS = List.of(" ", "-", ".", ",", "&", "_", "'", "  ", "\t");
    /** Letters, marks, digits and spaces beyond ASCII, some of whose case folds onto ASCII letters. */
    private static final List<String> NON_ASCII = List.of("é", "Ü", "ß", "İ", "ı", "\u212A", "ſ", "\u0301", "\u00A0", "日本", "Ω", "😀", "𝐀", "\u0660", "ǅ");

    /** A pattern of whole words and a text made partly of those words in any case. */
    record Case(String pattern, String text) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(LISTED),
                Arbitraries.strings().withChars("abkisxAKSIX0129_").ofMinLength(1).ofMaxLength(5));
        Arbitrary<List<String>> words = word.list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(words, Arbitraries.integers().between(0, 2)).flatAs((ws, shape) -> {
            String pattern = switch (shape) {
                case 0 -> "\\b(" + String.join("|", ws) + ")\\b";
                case 1 -> "\\b(?:" + String.join("|", ws) + ")\\b";
                default -> "\\b" + ws.get(0) + "\\b";
            };
            return texts(ws).map(t -> new Case(pattern, t));
        });
    }

    /** Texts glued from the pattern's words in any case, other ASCII words, separators and non-ASCII. */
    private static Arbitrary<String> texts(List<String> patternWords) {
        Arbitrary<String> anyCase = Arbitraries.of(patternWords).flatMap(w -> Arbitraries.integers()
                .between(0, (1 << Math.min(w.length(), 10)) - 1).map(bits -> flipCase(w, bits)));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, anyCase),
                Tuple.of(2, Arbitraries.of(LISTED)),
                Tuple.of(2, Arbitraries.strings().withChars("abkisxAKSIX0129_").ofMinLength(1).ofMaxLength(4)),
                Tuple.of(5, Arbitraries.of(SEPARATORS)),
                Tuple.of(2, Arbitraries.of(NON_ASCII)),
                Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(3)));
        return piece.list().ofMaxSize(8).map(ps -> String.join("", ps));
    }

    private static String flipCase(String w, int bits) {
        StringBuilder b = new StringBuilder(w);
        for (int i = 0; i < b.length() && i < 10; i++) {
            if ((bits & (1 << i)) != 0) {
                char c = b.charAt(i);
                b.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    @Property(tries = 2000)
    void answersWhatTheRegexAnswers(@ForAll("cases") Case c) {
        String pattern = c.pattern();
        String text = c.text();
        assertThat(WholeWords.of(pattern)).as("recognized: %s", pattern).isNotNull();
        boolean expected = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).find();
        boolean ascii = text.chars().allMatch(ch -> ch < 128);
        Statistics.collect(expected ? "found" : "not found", ascii ? "ASCII" : "non-ASCII");
        Statistics.coverage(k -> {
            k.check("found", "ASCII").percentage(p -> p > 5);
            k.check("found", "non-ASCII").percentage(p -> p > 3);
            k.check("not found", "ASCII").percentage(p -> p > 5);
            k.check("not found", "non-ASCII").percentage(p -> p > 5);
        });
        assertThat(new CaseInsensitiveRegex(pattern).find(text)).as("%s in '%s'", pattern, text).isEqualTo(expected);
    }

    @Example
    void recognizesOnlyListsOfWholeAsciiWords() {
        assertThat(WholeWords.of("\\b(labs|software|systems)\\b")).isNotNull();
        assertThat(WholeWords.of("\\b(?:labs|software)\\b")).isNotNull();
        assertThat(WholeWords.of("\\blabs\\b")).isNotNull();
        for (String other : List.of("labs|software", "\\b(labs|software)", "(labs|software)\\b", "\\b(labs|)\\b",
                "\\b(lab.|software)\\b", "\\b(école|labs)\\b", "\\b(data science|labs)\\b", "\\b(labs)\\b|x",
                "\\b(labs|software)\\B", "\\b(labs(?-i)|software)\\b", "\\bla[bp]s\\b", "^\\b(labs)\\b")) {
            assertThat(WholeWords.of(other)).as(other).isNull();
        }
    }

    @Example
    void decidesAsciiTextsItselfAndLeavesOthersToTheRegex() {
        WholeWords w = WholeWords.of("\\b(labs|software)\\b");
        assertThat(w.find("Acme LABS Inc.")).isEqualTo(WholeWords.FOUND);
        assertThat(w.find("Acmelabs Inc.")).isEqualTo(WholeWords.NOT_FOUND);
        assertThat(w.find("labs_ Inc.")).isEqualTo(WholeWords.NOT_FOUND);
        assertThat(w.find("Labs München")).isEqualTo(WholeWords.FOUND);
        assertThat(w.find("Münchlabs")).isEqualTo(WholeWords.NOT_ASCII);
        assertThat(w.find("labsé")).isEqualTo(WholeWords.NOT_ASCII);
        assertThat(new CaseInsensitiveRegex("\\b(labs|software)\\b").find("Müller Software GmbH")).isTrue();
    }
}
