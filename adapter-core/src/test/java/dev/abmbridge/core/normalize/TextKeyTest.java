package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COMPUTER_SOFTWARE        | computer software",
            "Computer Software        | computer software",
            "'  Computer   Software ' | computer software",
            "Banking & Finance        | banking and finance",
            "banking and finance      | banking and finance",
            "BANKING_AND_FINANCE      | banking and finance",
            "Banking&Finance          | banking and finance",
            "R&D                      | r and d",
            "r and d                  | r and d",
            "&                        | and",
            "'__a__b__'               | a b",
            "'a\t\n b'                | a b",
            "'a\u00A0b'               | a b",
            "Ärzte & Apotheken        | ärzte and apotheken",
            "İSTANBUL                 | istanbul",
    })
    void keys(String text, String key) {
        assertThat(TextKey.of(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "___", " _ "})
    void missingTextHasNoKey(String text) {
        assertThat(TextKey.of(text)).isNull();
    }

    @Test
    void returnsTheInputItselfWhenItIsAlreadyAKey() {
        String key = new String("computer software");
        assertThat(TextKey.of(key)).isSameAs(key);
    }

    @Test
    void trailingSpaceIsDroppedWithoutChangingTheRest() {
        assertThat(TextKey.of("computer software ")).isEqualTo("computer software");
    }

    @Test
    void playbookExamplesCompareEqual() {
        assertThat(TextKey.of("COMPUTER_SOFTWARE")).isEqualTo(TextKey.of("Computer Software"));
        assertThat(TextKey.of("Banking & Finance")).isEqualTo(TextKey.of("banking and finance"));
    }

    @Property
    void isIdempotent(@ForAll String text) {
        String key = TextKey.of(text);
        assertThat(TextKey.of(key)).isEqualTo(key);
    }

    @Property
    void ignoresCaseAndSurroundingSpace(@ForAll String text) {
        String key = TextKey.of(text);
        if (key != null) {
            assertThat(TextKey.of("  " + text.toUpperCase(java.util.Locale.ROOT) + " \t")).isEqualTo(TextKey.of(text.toUpperCase(java.util.Locale.ROOT)));
            assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ", "_", "&");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "COMPUTER_SOFTWARE        | computer software | 1",
            "'  Computer   Software ' | computer software | 1",
            "Banking&Finance          | banking and finance | 1",
            "'& x'                    | and x             | 1",
            "'x &'                    | x and             | 1",
            "&&                       | and and           | 1",
            "İSTANBUL                 | istanbul          | 1",
            "Computer Software        | computer          | 0",
            "Computer                 | computer software | 0",
            "R&D                      | r d               | 0",
            "'___'                    | a                 | -1",
    })
    void comparesWithAKeyWithoutBuildingIt(String text, String key, int expected) {
        assertThat(TextKey.compare(text, key)).isEqualTo(expected);
    }

    @Property
    void compareAgreesWithOf(@ForAll String text, @ForAll String other) {
        String key = TextKey.of(text);
        if (key == null) {
            assertThat(TextKey.compare(text, "x")).isEqualTo(TextKey.NO_KEY);
            return;
        }
        assertThat(TextKey.compare(text, key)).isEqualTo(TextKey.SAME);
        assertThat(TextKey.compare(text.toUpperCase(java.util.Locale.ROOT) + " _", TextKey.of(text.toUpperCase(java.util.Locale.ROOT))))
                .isEqualTo(TextKey.SAME);
        String otherKey = TextKey.of(other);
        if (otherKey != null) {
            assertThat(TextKey.compare(text, otherKey)).isEqualTo(key.equals(otherKey) ? TextKey.SAME : TextKey.DIFFERENT);
            String longer = key + otherKey.substring(0, 1);
            assertThat(TextKey.compare(text, longer)).isEqualTo(TextKey.DIFFERENT);
        }
    }
}
