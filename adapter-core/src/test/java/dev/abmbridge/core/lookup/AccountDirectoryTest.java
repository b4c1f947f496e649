package dev.abmbridge.core.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
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
        assertThat(directory.byDomain("ACME.co.UK")).isPresent();
        assertThat(directory.byDomain(" acme.co.uk ")).isPresent();
        assertThat(directory.byDomain("acme.co.uk.")).isPresent();
        assertThat(directory.byEmail("Jane.Doe@ACME.CO.UK")).isPresent();
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
        assertThat(directory.byEmail("someone@GMAIL.COM")).isEmpty();
        assertThat(directory.jsonByEmail("someone@gmail.com")).isEmpty();
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

    @Test
    void holdsEachCardAsTheApisJsonAnswerWithNullsWritten() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("d:initech.com", new AccountCard("initech.com", "Initech \"IT\"", null, false, 7, null,
                List.of(), List.of()));

        assertThat(text(directory.jsonByDomain("www.initech.com").orElseThrow())).isEqualTo("{\"domain\":\"initech.com\","
                + "\"name\":\"Initech \\\"IT\\\"\",\"tier\":null,\"icp\":false,\"fitScore\":7,\"coverage\":null,"
                + "\"missingRoles\":[],\"audiences\":[]}");
        assertThat(text(directory.jsonByEmail("peter@initech.com").orElseThrow()))
                .isEqualTo(text(directory.jsonByDomain("initech.com").orElseThrow()));
        assertThat(directory.jsonByEmail("someone@gmail.com")).isEmpty();
        assertThat(directory.jsonByDomain("unknown.org")).isEmpty();
    }

    @Test
    void theCardReadBackIsTheCardEvaluated() {
        AccountDirectory directory = new AccountDirectory();
        AccountCard withNulls = new AccountCard("initech.com", null, null, false, 0, null, List.of(), List.of());
        AccountCard full = card("acme.com", "Tier 1");
        directory.evaluated("k1", withNulls);
        directory.evaluated("k2", full);

        assertThat(directory.byDomain("initech.com")).contains(withNulls);
        assertThat(directory.byEmail("jane@acme.com")).contains(full);
    }

    @Test
    void aReEvaluatedAccountAnswersWithItsNewCard() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("k1", card("acme.com", null));
        String before = text(directory.jsonByDomain("acme.com").orElseThrow());

        directory.evaluated("k1", card("acme.com", "Tier 1"));

        assertThat(before).contains("\"tier\":null", "\"fitScore\":10");
        assertThat(text(directory.jsonByDomain("acme.com").orElseThrow())).contains("\"tier\":\"Tier 1\"",
                "\"fitScore\":90");
        assertThat(directory.byDomain("acme.com").orElseThrow().tier()).isEqualTo("Tier 1");
    }

    @Test
    void anAnswerCannotChangeTheStoredOne() {
        AccountDirectory directory = new AccountDirectory();
        directory.evaluated("k1", card("acme.com", "Tier 1"));
        ByteBuffer answer = directory.jsonByDomain("acme.com").orElseThrow();

        assertThatThrownBy(() -> answer.put(0, (byte) 'x')).isInstanceOf(ReadOnlyBufferException.class);
        answer.position(answer.limit()); // a caller that consumed its buffer leaves the next caller's whole
        assertThat(text(directory.jsonByDomain("acme.com").orElseThrow())).startsWith("{\"domain\":\"acme.com\"");
    }

    private static String text(ByteBuffer json) {
        return StandardCharsets.UTF_8.decode(json.duplicate()).toString();
    }
}
