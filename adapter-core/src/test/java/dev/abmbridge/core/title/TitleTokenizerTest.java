package dev.abmbridge.core.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleTokenizerTest {
    private final TitleTokenizer tokenizer = new TitleTokenizer();

    private List<String> words(String title) {
        TitleTokens tokens = tokenizer.tokenize(title);
        assertThat(tokens.segments()).hasSize(1);
        return tokens.segments().get(0);
    }

    @Test
    void lowerCasesAndFoldsAccents() {
        assertThat(words("Geschäftsführerin Straße")).containsExactly("geschaftsfuhrerin", "strasse");
        assertThat(words("DIRECTRICE GÉNÉRALE")).containsExactly("directrice", "generale");
        assertThat(words("Jefa de Logística, Financiën, Œuvre")).containsExactly("jefa", "de", "logistica", "financien", "oeuvre");
    }

    @Test
    void keepsDottedAcronymsAndAmpersandPairsWhole() {
        assertThat(words("V.P. Sales")).containsExactly("vp", "sales");
        assertThat(words("C.E.O.")).containsExactly("ceo");
        assertThat(words("R&D, L&D")).containsExactly("rd", "ld");
        assertThat(words("FP&A")).containsExactly("fp", "a");
        assertThat(words("Sr.Manager")).containsExactly("sr", "manager");
        assertThat(words("Sales & Marketing")).containsExactly("sales", "marketing");
    }

    @Test
    void punctuationAndEmojisSeparateWords() {
        assertThat(words("🚀Co-Founder/CTO!!! 👩‍💻")).containsExactly("co", "founder", "cto");
        assertThat(words("Directeur d'usine")).containsExactly("directeur", "d", "usine");
    }

    @Test
    void atSignIsAWordOfItsOwn() {
        assertThat(words("Head of Sales @Acme")).containsExactly("head", "of", "sales", TitleTokenizer.AT_SIGN, "acme");
    }

    @Test
    void barsAndBulletsStartSegmentsAndBracketsGoAside() {
        TitleTokens tokens = tokenizer.tokenize("Founder (stealth) | Advisor • Speaker [ex-Google]");
        assertThat(tokens.segments()).containsExactly(List.of("founder"), List.of("advisor"), List.of("speaker"));
        assertThat(tokens.aside()).containsExactly("stealth", "ex", "google");
    }

    @Test
    void unbalancedBracketsDoNotSwallowTheTitle() {
        TitleTokens tokens = tokenizer.tokenize("Manager) Sales (EMEA");
        assertThat(tokens.segments()).containsExactly(List.of("manager", "sales"));
        assertThat(tokens.aside()).containsExactly("emea");
    }
}
