package dev.abmbridge.sandbox.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamePoolsResourceTest {

    @Test
    void shippedPoolsAreExactlyDatafakersDraw() throws IOException {
        String shipped;
        try (InputStream in = NamePools.class.getResourceAsStream(NamePools.RESOURCE)) {
            assertThat(in).as("resource " + NamePools.RESOURCE).isNotNull();
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(NamePoolsWriter.draw());
    }

    @Test
    void everyCountryHasItsOwnLocalesNames() {
        NamePools pools = NamePools.shipped(Country.ALL);
        for (Country country : Country.ALL) {
            NamePools.Pool pool = pools.of(country);
            assertThat(pool.firstNames()).hasSize(80);
            assertThat(pool.lastNames()).hasSize(120);
            assertThat(pool.cities()).hasSize(25);
            assertThat(pool.companyNames()).hasSize(120);
        }
        // Japanese pools come from the ja locale, not an English fallback.
        assertThat(pools.of(Country.ALL.stream().filter(c -> c.isoCode().equals("JP")).findFirst().orElseThrow())
                .lastNames()).anyMatch(name -> name.codePoints().anyMatch(cp -> cp > 0x3000));
    }
}
