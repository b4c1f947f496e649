package dev.abmbridge.core.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Realistic titles in English, German, French, Spanish and Dutch with their expected reading. */
class TitleParserTableTest {
    private static final TitleParser PARSER = new TitleParser();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvFileSource(resources = "/titles/titles.csv", numLinesToSkip = 1, encoding = "UTF-8",
            ignoreLeadingAndTrailingWhitespace = false)
    void readsTitle(String title, Seniority seniority, JobFunction function) {
        assertThat(PARSER.parse(title)).isEqualTo(new ParsedTitle(seniority, function));
    }
}
