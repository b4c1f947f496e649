package dev.abmbridge.core.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordTableTest {
    private final TitleTokenizer tokenizer = new TitleTokenizer();
    private final KeywordTable table = new KeywordTable(tokenizer);

    private KeywordIndex read(String text) throws IOException {
        return table.read(new BufferedReader(new StringReader(text)));
    }

    private TitleTerm termOf(KeywordIndex index, String words) {
        List<String> tokens = tokenizer.tokenize(words).segments().get(0);
        KeywordIndex.Match match = index.longestAt(tokens, 0);
        return match == null ? null : match.term();
    }

    @Test
    void readsSeniorityFunctionWeightAndMarkers() throws IOException {
        KeywordIndex index = read("""
                # comment
                leiter, head : DIRECTOR compound-head   # trailing comment
                vertrieb : SALES
                ops : OPERATIONS-
                partner : VP?
                cfo : C_LEVEL FINANCE!
                """);
        assertThat(termOf(index, "Leiter")).isEqualTo(new TitleTerm(Seniority.DIRECTOR, false, JobFunction.OTHER,
                FunctionWeight.STRONG, java.util.Set.of(TermMarker.COMPOUND_HEAD)));
        assertThat(termOf(index, "ops").weight()).isEqualTo(FunctionWeight.WEAK);
        assertThat(termOf(index, "partner").tentative()).isTrue();
        assertThat(termOf(index, "CFO").weight()).isEqualTo(FunctionWeight.CHIEF);
        assertThat(termOf(index, "Vertriebsleiter").function()).isEqualTo(JobFunction.SALES);
    }

    @Test
    void entersGermanUmlautsAlsoAsTypedWithoutThem() throws IOException {
        KeywordIndex index = read("geschäftsführer : C_LEVEL EXECUTIVE?");
        assertThat(termOf(index, "Geschäftsführer")).isNotNull();
        assertThat(termOf(index, "Geschaftsfuhrer")).isNotNull();
        assertThat(termOf(index, "Geschaeftsfuehrer")).isNotNull();
    }

    @Test
    void prefersTheLongestPhrase() throws IOException {
        KeywordIndex index = read("""
                president : C_LEVEL EXECUTIVE+
                vice president : VP
                """);
        KeywordIndex.Match match = index.longestAt(List.of("vice", "president", "sales"), 0);
        assertThat(match.length()).isEqualTo(2);
        assertThat(match.term().seniority()).isEqualTo(Seniority.VP);
    }

    @Test
    void reportsMistakesWithTheirLine() {
        assertThatThrownBy(() -> read("ceo : C_LEVEL\nbad line"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("ceo : CHIEFEXEC"))
                .hasMessageContaining("unknown fact");
        assertThatThrownBy(() -> read("ceo : C_LEVEL\nceo : VP"))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> read("head of : DIRECTOR compound-head"))
                .hasMessageContaining("one word");
    }

    @Test
    void shippedTableLoads() {
        assertThat(table.loadDefault().longestAt(List.of("ceo"), 0)).isNotNull();
    }
}
