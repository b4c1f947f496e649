package dev.abmbridge.core.normalize;

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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TextKeySet} must answer what building the text's key and looking it up answers. */
class TextKeySetProperties {

    /** Pieces of texts: letters in any case, separators, {@code &}, and characters whose case folds oddly. */
    private static final List<String> PIECES = List.of("a", "A", "b", "D", "i", "I", "k", "K", "s", "S", " ", "  ",
            "_", "\t", "\u00A0", "\u2003", "&", "and", "é", "É", "İ", "ı", "\u212A", "ſ", "ß", "Ω", "𐐀", "𐐨", "\u0000",
            "-", "1");

    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES).list().ofMaxSize(6).map(ps -> String.join("", ps))),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
    }

    record Case(Set<String> keys, String text) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<String>> written = texts().list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(written, texts(), Arbitraries.integers().between(0, 2)).as((ws, other, pick) -> {
            Set<String> keys = ws.stream().map(TextKey::of).filter(Objects::nonNull).collect(Collectors.toSet());
            // often the text is one of the written values in other clothes, else anything
            String text = pick == 0 ? other : "_ " + ws.get(0).toUpperCase(java.util.Locale.ROOT) + " ";
            return new Case(keys, text);
        });
    }

    @Property(tries = 3000)
    void answersWhatTheKeyLookupAnswers(@ForAll("cases") Case c) {
        String key = TextKey.of(c.text());
        int expected = key == null ? TextKey.NO_KEY : c.keys().contains(key) ? TextKey.SAME : TextKey.DIFFERENT;
        Statistics.collect(expected);
        Statistics.coverage(k -> {
            k.check(TextKey.SAME).percentage(p -> p > 10);
            k.check(TextKey.DIFFERENT).percentage(p -> p > 10);
            k.check(TextKey.NO_KEY).percentage(p -> p > 1);
        });
        assertThat(TextKeySet.of(c.keys()).compare(c.text())).as("'%s' in %s", c.text(), c.keys()).isEqualTo(expected);
    }

    @Example
    void findsKeysByTheirFirstCharacter() {
        TextKeySet set = TextKeySet.of(List.of("computer software", "and co", "istanbul", "ärzte", ""));
        assertThat(set.compare("  COMPUTER_SOFTWARE")).isEqualTo(TextKey.SAME);
        assertThat(set.compare("& Co")).isEqualTo(TextKey.SAME);
        assertThat(set.compare("İSTANBUL")).isEqualTo(TextKey.SAME);
        assertThat(set.compare("ÄRZTE")).isEqualTo(TextKey.SAME);
        assertThat(set.compare("Computer")).isEqualTo(TextKey.DIFFERENT);
        assertThat(set.compare(" _ ")).isEqualTo(TextKey.NO_KEY);
        assertThat(set.compare(null)).isEqualTo(TextKey.NO_KEY);
    }
}
