package dev.abmbridge.core.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {

    private static AccountCard card(String domain, String tier) {
        return new AccountCard(domain, "Acme", tier, tier != null, tier == null ? 10 : 90, 50, List.of("Champion"),
                List.of("tier1"));
    }

    @Test
    void findsAnAccountByDomainUrlHostOrEmail() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("d:acme.co.uk", card("acme.co.uk", "Tier 1"));

        assertThat(directory.byDomain("acme.co.uk")).isPresent();
        assertThat(directory.byDomain("https://shop.ACME.co.uk/cart?x=1")).isPresent();
        assertThat(directory.byEmail("jane.doe@eu.acme.co.uk")).isPresent();
        assertThat(directory.byDomain("co.uk")).isEmpty();
        assertThat(directory.byDomain("acme.com")).isEmpty();
        assertThat(directory.byDomain(null)).isEmpty();
        assertThat(directory.byEmail("no-at-sign")).isEmpty();
        assertThat(directory.byEmail("trailing@")).isEmpty();
    }

    @Test
    void freeMailDomainsNeverMatchAnAccountByEmail() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("d:gmail.com", card("gmail.com", "Tier 1"));

        assertThat(directory.byEmail("someone@gmail.com")).isEmpty();
        assertThat(directory.byDomain("gmail.com")).isPresent();
    }

    @Test
    void aChangedOrLostDomainStopsAnsweringForTheOldOne() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("k1", card("old.com", "Tier 2"));
        directory.evaluated("k1", card("new.com", "Tier 1"));

        assertThat(directory.byDomain("old.com")).isEmpty();
        assertThat(directory.byDomain("new.com").orElseThrow().tier()).isEqualTo("Tier 1");

        directory.gone("k1");
        assertThat(directory.byDomain("new.com")).isEmpty();
        assertThat(directory.size()).isZero();
    }
}
