package dev.abmbridge.core.title;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the keyword table ({@code title-keywords.txt}) into a {@link KeywordIndex}. The table is
 * a resource rather than code so that a marketer can read and extend it; its format is described
 * at its top.
 *
 * <p>Keywords pass through the same {@link TitleTokenizer} as titles, so accents and punctuation
 * are folded identically. A keyword with ä, ö or ü is also entered in its "ae/oe/ue" spelling,
 * which is how German is typed on keyboards without umlauts.
 */
final class KeywordTable {
    static final String DEFAULT_RESOURCE = "title-keywords.txt";

    private final TitleTokenizer tokenizer;

    KeywordTable(TitleTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    KeywordIndex loadDefault() {
        try (InputStream in = KeywordTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    KeywordIndex read(BufferedReader lines) throws IOException {
        KeywordIndex.Builder index = new KeywordIndex.Builder();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            int comment = line.indexOf('#');
            String content = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            try {
                addLine(index, content);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return index.build();
    }

    private void addLine(KeywordIndex.Builder index, String content) {
        int colon = content.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'keywords : facts'");
        }
        TitleTerm term = parseFacts(content.substring(colon + 1).strip());
        for (String keyword : content.substring(0, colon).split(",")) {
            String spelled = keyword.strip();
            addKeyword(index, spelled, term);
            String transliterated = transliterateUmlauts(spelled);
            if (!transliterated.equals(spelled)) {
                addKeyword(index, transliterated, term);
            }
        }
    }

    private void addKeyword(KeywordIndex.Builder index, String keyword, TitleTerm term) {
        TitleTokens tokens = tokenizer.tokenize(keyword);
        if (tokens.segments().size() != 1 || !tokens.aside().isEmpty()) {
            throw new IllegalArgumentException("not a plain keyword: '" + keyword + "'");
        }
        List<String> words = tokens.segments().get(0);
        if (term.has(TermMarker.COMPOUND_HEAD) && words.size() != 1) {
            throw new IllegalArgumentException("a compound head must be one word: '" + keyword + "'");
        }
        index.add(words, term);
    }

    private static String transliterateUmlauts(String keyword) {
        return keyword.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    /**
     * Facts: a seniority name ({@code VP}; {@code VP?} when tentative), a function name with its
     * weight ({@code SALES} strong, {@code SALES-} weak, {@code SALES?} default,
     * {@code SALES+} leader, {@code SALES!} chief) and lower-case markers.
     */
    private static TitleTerm parseFacts(String facts) {
        Seniority seniority = Seniority.UNKNOWN;
        boolean tentative = false;
        JobFunction function = JobFunction.OTHER;
        FunctionWeight weight = FunctionWeight.STRONG;
        Set<TermMarker> markers = EnumSet.noneOf(TermMarker.class);
        for (String fact : facts.split("\\s+")) {
            char last = fact.charAt(fact.length() - 1);
            boolean suffixed = "?-+!".indexOf(last) >= 0;
            String name = suffixed ? fact.substring(0, fact.length() - 1) : fact;
            if (isNameOf(Seniority.class, name)) {
                if (suffixed && last != '?') {
                    throw new IllegalArgumentException("a seniority takes only '?': " + fact);
                }
                seniority = Seniority.valueOf(name);
                tentative = suffixed;
            } else if (isNameOf(JobFunction.class, name)) {
                function = JobFunction.valueOf(name);
                weight = suffixed ? weightOf(last) : FunctionWeight.STRONG;
            } else if (!suffixed && isNameOf(TermMarker.class, markerName(name))) {
                markers.add(TermMarker.valueOf(markerName(name)));
            } else {
                throw new IllegalArgumentException("unknown fact: " + fact);
            }
        }
        return new TitleTerm(seniority, tentative, function, weight, markers);
    }

    private static FunctionWeight weightOf(char suffix) {
        return switch (suffix) {
            case '-' -> FunctionWeight.WEAK;
            case '?' -> FunctionWeight.DEFAULT;
            case '+' -> FunctionWeight.LEADER;
            default -> FunctionWeight.CHIEF;
        };
    }

    private static String markerName(String fact) {
        return fact.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> boolean isNameOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
