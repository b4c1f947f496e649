package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1,200 | 1200", "1200 | 1200", "' 1200 ' | 1200", "1.2k | 1200", "1.2K | 1200", "12 k | 12000",
            "51-200 | 51", "51 – 200 | 51", "51 — 200 | 51", "51 to 200 | 51", "10,000+ | 10000", "10000+ | 10000",
            "1M | 1000000", "1-5k | 1000", "1k-5k | 1000", "0 | 0", "1,200,000 | 1200000", "1.200.000 | 1200000",
            "1 200 | 1200", "1'200 | 1200", "2,5k | 2500", "12.0 | 12", "1.5 | 2", "1,234.5 | 1235",
            "1.234,5 | 1235", "1.25k | 1250", "5 thousand | 5000",
    })
    void employees(String input, long expected) {
        assertThat(QuantityParser.parseEmployees(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "$50M | 50000000", "50,000,000 | 50000000", "2.5B | 2500000000", "€1.2bn | 1200000000",
            "USD 3.4 million | 3400000", "750k | 750000", "$ 1,234.56 | 1234.56", "1234.5 | 1234.5",
            "3.4 million USD | 3400000", "EUR 2,5 Mio | 2500000", "£12.75m | 12750000", "US$5M | 5000000",
            "1.2 Mrd € | 1200000000", "$1M - $5M | 1000000", "1-5M | 1000000", "¥300,000,000 | 300000000",
            "12 MM | 12000000", "0.5 | 0.5", "1,5 Mio. € | 1500000", "€ 1.234.567,89 | 1234567.89",
    })
    void revenue(String input, String expected) {
        assertThat(QuantityParser.parseRevenue(input)).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(QuantityParser.parseRevenue(input).toPlainString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "n/a", "N/A", "-", "--", "unknown", "Unknown", "none", "?", "TBD", "#N/A"})
    void placeholdersAreMissing(String input) {
        assertThat(QuantityParser.parseEmployees(input)).isNull();
        assertThat(QuantityParser.parseRevenue(input)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "many people", "12x", "1,2,3", "12,34,567", "-5", "1.2.3,4,5", "200-51",
            "1.200", "abc-def", "5 zillion", "1..2", "k", "$", "1e6", "12,"})
    void garbageIsRejectedNamingTheValue(String input) {
        assertThatThrownBy(() -> QuantityParser.parseEmployees(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + input + "'")
                .hasMessageContaining("employees");
        assertThatThrownBy(() -> QuantityParser.parseRevenue(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annualRevenue");
    }
}
