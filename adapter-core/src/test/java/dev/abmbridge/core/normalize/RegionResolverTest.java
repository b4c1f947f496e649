package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionResolverTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "US, NA", "CA, NA", "us, NA",
            "MX, LATAM", "BR, LATAM", "AR, LATAM", "PA, LATAM", "CR, LATAM", "JM, LATAM", "PR, LATAM", "BM, LATAM",
            "DE, EMEA", "GB, EMEA", "FR, EMEA", "RU, EMEA", "AE, EMEA", "SA, EMEA", "IL, EMEA", "TR, EMEA",
            "IR, EMEA", "ZA, EMEA", "NG, EMEA", "EG, EMEA", "GL, EMEA", "PM, EMEA", "XK, EMEA",
            "JP, APAC", "CN, APAC", "IN, APAC", "SG, APAC", "AU, APAC", "NZ, APAC", "FJ, APAC", "KZ, APAC", "GU, APAC",
    })
    void regions(String alpha2, Region region) {
        assertThat(RegionResolver.regionOf(alpha2)).isEqualTo(region);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "USA", "ZZ", "AQ"})
    void noRegion(String alpha2) {
        assertThat(RegionResolver.regionOf(alpha2)).isNull();
    }

    @Test
    void everyCountryButAntarcticaHasARegion() {
        for (String code : CountryNormalizer.knownCodes()) {
            if (!code.equals("AQ")) {
                assertThat(RegionResolver.regionOf(code)).as(code).isNotNull();
            }
        }
    }

    @Test
    void onlyUsAndCanadaAreNorthAmerica() {
        assertThat(CountryNormalizer.knownCodes())
                .filteredOn(code -> RegionResolver.regionOf(code) == Region.NA)
                .containsExactlyInAnyOrder("US", "CA");
    }
}
