package dev.abmbridge.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 code of a country written as a code (alpha-2 or alpha-3), an English name, a
 * name in any language the JDK knows ({@code Deutschland}, {@code Allemagne}, {@code Duitsland}),
 * or a common alias ({@code USA}, {@code U.K.}, {@code Holland}); see {@code country-aliases.txt}.
 *
 * <p>All spellings are compared by a fold that drops case, accents, punctuation, spaces and the
 * word "the", reads {@code &} as "and" and {@code St} as "Saint". When two languages use the same
 * folded name for different countries, that name is dropped (ambiguous) unless an alias, a code
 * or an English name decides it.
 */
public final class CountryNormalizer {
    /** Kosovo: user-assigned in ISO 3166 but used by the EU, CLDR and most CRMs. */
    private static final String KOSOVO = "XK";

    private CountryNormalizer() {
    }

    /** The alpha-2 code (upper case), or empty when missing or not recognized. */
    public static Optional<String> toAlpha2(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // "N/A" and "n.a." fold to "na", which is Namibia's code: only the code as written
        // in capitals ("NA") is read as Namibia, other spellings of it as "not available".
        if (Placeholder.isMissing(text) && !text.strip().equals("NA")) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() == 2 && isAsciiUpper(trimmed) && Codes.ALL.contains(trimmed)) {
            return Optional.of(trimmed); // the common case, a code already: no need to fold
        }
        String key = fold(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String code = Index.BY_KEY.get(key);
        return Optional.ofNullable(code != null ? code : OtherLanguages.BY_KEY.get(key));
    }

    private static boolean isAsciiUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** Every alpha-2 code this class can return: the JDK's ISO 3166 list plus Kosovo. */
    public static Set<String> knownCodes() {
        return Codes.ALL;
    }

    /** Case, accents, punctuation, spaces and "the" removed; "&" → "and", "st" → "saint". */
    static String fold(String text) {
        // NFD leaves ASCII as it is; skipping it spares most values its cost.
        String decomposed = text.chars().allMatch(c -> c < 0x80) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder token = new StringBuilder();
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                appendTransliterated(token, Character.toLowerCase(cp));
            } else {
                endToken(out, token);
                if (cp == '&') {
                    out.append("and");
                }
            }
        }
        endToken(out, token);
        return out.toString();
    }

    private static void endToken(StringBuilder out, StringBuilder token) {
        String t = token.toString();
        token.setLength(0);
        if (t.equals("the")) {
            return;
        }
        out.append(t.equals("st") ? "saint" : t);
    }

    /** Letters that NFD does not decompose but that people type without their stroke. */
    private static void appendTransliterated(StringBuilder b, int cp) {
        switch (cp) {
            case 'ß' -> b.append("ss");
            case 'ø' -> b.append('o');
            case 'æ' -> b.append("ae");
            case 'œ' -> b.append("oe");
            case 'ł' -> b.append('l');
            case 'đ', 'ð' -> b.append('d');
            case 'ı' -> b.append('i');
            case 'þ' -> b.append("th");
            default -> b.appendCodePoint(cp);
        }
    }

    /** The codes alone, cheap, so inputs that are already codes never build the name index. */
    private static final class Codes {
        static final Set<String> ALL = all();

        private static Set<String> all() {
            Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
            codes.add(KOSOVO);
            return Set.copyOf(codes);
        }
    }

    /**
     * Every spelling, built once on first use in the holder idiom (the JVM guarantees safe, single
     * initialization). Asking the JDK for ~250 names in each of its ~1,000 locales takes a second
     * or more, paid once per process.
     */
    /**
     * Codes, aliases, English names and the names in the languages most CRM data is written in: built on
     * first use. Looking country names up in all of the JDK's languages costs seconds, so that part
     * ({@link OtherLanguages}) is built only when a value is not found here.
     */
    private static final class Index {
        static final Set<String> CODES = Codes.ALL;
        static final List<String> FIRST_LANGUAGES =
                List.of("de", "fr", "es", "nl", "it", "pt", "sv", "da", "nb", "fi", "pl");
        static final Map<String, String> BY_KEY = build();

        private static Map<String, String> build() {
            Map<String, String> index = new HashMap<>(8_000);
            loadAliases(index);
            // Codes and English names are unambiguous among themselves and outrank other languages.
            for (String code : CODES) {
                Locale country = new Locale("", code);
                index.putIfAbsent(fold(code), code);
                index.putIfAbsent(fold(alpha3(code)), code);
                index.putIfAbsent(fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            }
            index.putAll(localNames(FIRST_LANGUAGES.stream().map(Locale::forLanguageTag).toList(), index));
            return Map.copyOf(index);
        }

        /** Names in the given languages that no earlier index has, without those two languages disagree on. */
        static Map<String, String> localNames(List<Locale> languages, Map<String, String> earlier) {
            Map<String, String> local = new HashMap<>(languages.size() * 300);
            Set<String> ambiguous = new HashSet<>();
            for (Locale language : languages) {
                for (String code : CODES) {
                    String key = fold(new Locale("", code).getDisplayCountry(language));
                    if (key.isEmpty() || earlier.containsKey(key) || ambiguous.contains(key)) {
                        continue;
                    }
                    String previous = local.putIfAbsent(key, code);
                    if (previous != null && !previous.equals(code)) {
                        local.remove(key);
                        ambiguous.add(key);
                    }
                }
            }
            return local;
        }

        private static String alpha3(String code) {
            return code.equals(KOSOVO) ? "XKX" : new Locale("", code).getISO3Country();
        }

        private static void loadAliases(Map<String, String> index) {
            InputStream in = CountryNormalizer.class.getResourceAsStream("country-aliases.txt");
            if (in == null) {
                throw new IllegalStateException("country-aliases.txt is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int colon = trimmed.indexOf(':');
                    String code = trimmed.substring(0, colon).strip();
                    for (String alias : trimmed.substring(colon + 1).split("\\|")) {
                        String previous = index.putIfAbsent(fold(alias), code);
                        if (previous != null && !previous.equals(code)) {
                            throw new IllegalStateException("alias '" + alias.strip() + "' names both " + previous + " and " + code);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every other language and regional variant the JDK knows: built only on the first value the Index misses. */
    private static final class OtherLanguages {
        static final Map<String, String> BY_KEY = build();

        private static Map<String, String> build() {
            Set<Locale> variants = new java.util.LinkedHashSet<>();
            for (Locale l : Locale.getAvailableLocales()) {
                if (!l.getLanguage().isEmpty()) {
                    // Regional variants repeat their language's names but for a handful; one per language and script.
                    variants.add(new Locale.Builder().setLanguage(l.getLanguage()).setScript(l.getScript()).build());
                }
            }
            variants.removeIf(l -> l.getScript().isEmpty() && Index.FIRST_LANGUAGES.contains(l.getLanguage()));
            return Map.copyOf(Index.localNames(List.copyOf(variants), Index.BY_KEY));
        }
    }
}
