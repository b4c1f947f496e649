package dev.abmbridge.sandbox.generator;

import java.util.List;
import java.util.Locale;

/** A country the demo companies are in: ISO code, the spellings people type into CRMs, name locale and web TLD. */
public record Country(String isoCode, String name, List<String> spellings, Locale locale, String tld, String language, int weight) {

    static final List<Country> ALL = List.of(
            new Country("US", "United States", List.of("United States", "US", "USA", "United States of America", "U.S."), Locale.US, "com", "en", 40),
            new Country("DE", "Germany", List.of("Germany", "DE", "Deutschland"), Locale.GERMANY, "de", "de", 12),
            new Country("GB", "United Kingdom", List.of("United Kingdom", "UK", "GB", "Great Britain", "England"), Locale.UK, "co.uk", "en", 10),
            new Country("FR", "France", List.of("France", "FR", "france"), Locale.FRANCE, "fr", "fr", 8),
            new Country("CA", "Canada", List.of("Canada", "CA"), Locale.CANADA, "ca", "en", 5),
            new Country("NL", "Netherlands", List.of("Netherlands", "NL", "The Netherlands", "Nederland"), Locale.forLanguageTag("nl-NL"), "nl", "nl", 4),
            new Country("ES", "Spain", List.of("Spain", "ES", "España"), Locale.forLanguageTag("es-ES"), "es", "es", 4),
            new Country("BR", "Brazil", List.of("Brazil", "BR", "Brasil"), Locale.forLanguageTag("pt-BR"), "com.br", "pt", 4),
            new Country("JP", "Japan", List.of("Japan", "JP", "日本"), Locale.JAPAN, "co.jp", "ja", 4),
            new Country("AU", "Australia", List.of("Australia", "AU"), Locale.forLanguageTag("en-AU"), "com.au", "en", 4),
            new Country("IN", "India", List.of("India", "IN"), Locale.forLanguageTag("en-IN"), "in", "en", 3),
            new Country("SE", "Sweden", List.of("Sweden", "SE", "Sverige"), Locale.forLanguageTag("sv-SE"), "se", "sv", 2));
}
