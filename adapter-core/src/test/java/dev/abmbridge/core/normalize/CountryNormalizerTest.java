package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // codes
            "US | US", "us | US", "' de ' | DE", "GB | GB", "NA | NA",
            "USA | US", "DEU | DE", "fra | FR", "NLD | NL", "GBR | GB", "CHE | CH", "JPN | JP",
            // English
            "United States | US", "Germany | DE", "united kingdom | GB", "Netherlands | NL", "Switzerland | CH",
            "Japan | JP", "Brazil | BR", "South Africa | ZA", "New Zealand | NZ", "Saudi Arabia | SA",
            // aliases of the playbook
            "U.S. | US", "U.S.A. | US", "United States of America | US", "America | US",
            "UK | GB", "U.K. | GB", "Great Britain | GB", "England | GB", "Scotland | GB", "Wales | GB",
            "Northern Ireland | GB", "Holland | NL", "The Netherlands | NL", "South Korea | KR", "Korea | KR",
            "Russia | RU", "Czechia | CZ", "Czech Republic | CZ", "Türkiye | TR", "Turkey | TR",
            "UAE | AE", "U.A.E. | AE", "Ivory Coast | CI", "Côte d'Ivoire | CI", "Cote dIvoire | CI",
            "Korea, Republic of | KR", "Viet Nam | VN", "Kosovo | XK",
            // German
            "Deutschland | DE", "Vereinigte Staaten | US", "Vereinigtes Königreich | GB", "Österreich | AT",
            "Schweiz | CH", "Niederlande | NL", "Spanien | ES", "Frankreich | FR",
            // French
            "Allemagne | DE", "États-Unis | US", "Etats Unis | US", "Royaume-Uni | GB", "Pays-Bas | NL",
            "Suisse | CH", "Belgique | BE", "Espagne | ES",
            // Spanish
            "Alemania | DE", "Estados Unidos | US", "Reino Unido | GB", "Países Bajos | NL", "España | ES",
            "Mexico | MX", "México | MX", "Suiza | CH",
            // Dutch
            "Duitsland | DE", "Verenigde Staten | US", "Verenigd Koninkrijk | GB", "Nederland | NL",
            "België | BE", "Zwitserland | CH", "Spanje | ES",
            // other scripts and the fold
            "日本 | JP", "Россия | RU", "Danmark | DK", "Sverige | SE", "Norge | NO", "Italia | IT",
            "Polska | PL", "Saint Kitts and Nevis | KN", "St. Kitts & Nevis | KN", "Trinidad and Tobago | TT",
            "Bosnia and Herzegovina | BA", "Hong Kong | HK", "Guinea-Bissau | GW", "Guinea Bissau | GW",
            "Bahamas, The | BS", "DR Congo | CD", "Congo | CG", "Myanmar | MM", "Burma | MM",
    })
    void recognizes(String input, String alpha2) {
        assertThat(CountryNormalizer.toAlpha2(input)).contains(alpha2);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "n/a", "N/A", "unknown", "-", "na", "Atlantis", "North America", "XX", "Europe", "EMEA"})
    void missingOrUnknownIsEmpty(String input) {
        assertThat(CountryNormalizer.toAlpha2(input)).isEmpty();
    }

    @Test
    void everyCodeAndEnglishNameRoundTrips() {
        for (String code : CountryNormalizer.knownCodes()) {
            assertThat(CountryNormalizer.toAlpha2(code)).as(code).contains(code);
            if (!code.equals("NA")) { // lower-case "na" reads as "not available", not Namibia
                assertThat(CountryNormalizer.toAlpha2(code.toLowerCase(Locale.ROOT))).as(code).contains(code);
            }
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            assertThat(CountryNormalizer.toAlpha2(english)).as(english).contains(code);
        }
    }

    @Test
    void foldDropsCaseAccentsPunctuationAndThe() {
        assertThat(CountryNormalizer.fold("  Côte d’Ivoire ")).isEqualTo("cotedivoire");
        assertThat(CountryNormalizer.fold("The Gambia")).isEqualTo("gambia");
        assertThat(CountryNormalizer.fold("St. Lucia")).isEqualTo(CountryNormalizer.fold("Saint Lucia"));
        assertThat(CountryNormalizer.fold("Großbritannien")).isEqualTo("grossbritannien");
    }
}
