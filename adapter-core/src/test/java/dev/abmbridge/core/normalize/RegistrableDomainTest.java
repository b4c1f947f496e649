package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrableDomainTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "acme.com                                   | acme.com",
            "ACME.COM                                   | acme.com",
            "'  acme.com  '                             | acme.com",
            "www.acme.com                               | acme.com",
            "eu.acme.co.uk                              | acme.co.uk",
            "https://www.eu.acme.co.uk:8080/x?y         | acme.co.uk",
            "http://acme.com                            | acme.com",
            "HTTPS://WWW.ACME.COM/About-Us#team         | acme.com",
            "acme.com/contact                           | acme.com",
            "acme.com?utm_source=x                      | acme.com",
            "acme.com:443                               | acme.com",
            "//cdn.acme.com/a.js                        | acme.com",
            "https://user:secret@shop.acme.de/cart      | acme.de",
            "jane@eu.acme.co.uk                         | acme.co.uk",
            "mailto:Jane.Doe@Acme.com                   | acme.com",
            "acme.com.                                  | acme.com",
            "www.acme.com./path                         | acme.com",
            "münchen.de                                 | münchen.de",
            "MÜNCHEN.DE                                 | münchen.de",
            "xn--mnchen-3ya.de                          | münchen.de",
            "https://www.xn--mnchen-3ya.de/             | münchen.de",
            "shop.acme.com.au                           | acme.com.au",
            "acme.github.io                             | acme.github.io",
    })
    void registrableDomains(String input, String expected) {
        assertThat(RegistrableDomain.of(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "acme", "localhost", "co.uk", "com", "acme.local", "1.2.3.4",
            "http://192.168.0.1:8080/", "http://[::1]/", "not a domain", "acme..com", "acme.com:abc", "@", "jane@"})
    void missingOrInvalidGivesNull(String input) {
        assertThat(RegistrableDomain.of(input)).isNull();
    }

    @Property
    void isIdempotent(@ForAll("domainish") String input) {
        String domain = RegistrableDomain.of(input);
        if (domain != null) {
            assertThat(RegistrableDomain.of(domain)).isEqualTo(domain);
        }
    }

    @Provide
    Arbitrary<String> domainish() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcXYZ09-ü").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> suffix = Arbitraries.of("com", "co.uk", "de", "com.au", "github.io", "xyz", "local");
        Arbitrary<String> prefix = Arbitraries.of("", "www.", "https://", "http://www.", "jane@", "eu.");
        Arbitrary<String> tail = Arbitraries.of("", "/", "/path?q=1", ":8080", ".");
        return net.jqwik.api.Combinators.combine(prefix, label, suffix, tail)
                .as((p, l, s, t) -> p + l + "." + s + t);
    }
}
