package dev.abmbridge.core.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseInsensitiveRegexTest {

    /** PLAYBOOK.md: `matches` is case-insensitive in the Unicode sense, whatever the text or the pattern holds. */
    @ParameterizedTest
    @CsvSource({
            "ſ, s",                 // long s folds onto s
            "s, ſ",
            "\\x{212A}, k",          // the Kelvin sign, written as an escape, folds onto k
            "\\u212A, K",
            "\u212Aelvin, kelvin",
            "straße, STRASSE",       // no match either way: Java folds character by character
            "labs, LABS",
            "\\bsoft, Microsoft"})
    void agreesWithUnicodeCaseInsensitiveMatching(String regex, String text) {
        boolean expected = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();

        assertThat(new CaseInsensitiveRegex(regex).find(text)).as("%s in %s", regex, text).isEqualTo(expected);
    }
}
