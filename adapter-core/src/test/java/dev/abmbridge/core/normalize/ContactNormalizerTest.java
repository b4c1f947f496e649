package dev.abmbridge.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.abmbridge.core.model.Contact;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactNormalizerTest {

    @Test
    void normalizesEveryContractColumn() {
        Map<String, String> raw = new HashMap<>();
        raw.put("id", " C-1 ");
        raw.put("accountId", " A-1 ");
        raw.put("email", "  Jane.Doe@EU.Acme.co.uk ");
        raw.put("firstName", " Jane ");
        raw.put("lastName", "Doe ");
        raw.put("title", " VP Marketing ");
        raw.put("country", "U.S.");
        raw.put("custom.linkedin", " https://linkedin.com/in/jane ");

        Contact c = ContactNormalizer.normalize("file", raw);

        assertThat(c.id()).isEqualTo("C-1");
        assertThat(c.source()).isEqualTo("file");
        assertThat(c.accountId()).isEqualTo("A-1");
        assertThat(c.email()).isEqualTo("jane.doe@eu.acme.co.uk");
        assertThat(c.firstName()).isEqualTo("Jane");
        assertThat(c.lastName()).isEqualTo("Doe");
        assertThat(c.title()).isEqualTo("VP Marketing");
        assertThat(c.country()).isEqualTo("US");
        assertThat(c.sourceSeniority()).isNull();
        assertThat(c.sourceDepartment()).isNull();
        assertThat(c.custom()).containsOnly(Map.entry("linkedin", "https://linkedin.com/in/jane"));
    }

    @Test
    void missingOrPlaceholderEmailIsNull() {
        assertThat(ContactNormalizer.normalize("file", Map.of("id", "1")).email()).isNull();
        assertThat(ContactNormalizer.normalize("file", Map.of("id", "1", "email", " ")).email()).isNull();
        assertThat(ContactNormalizer.normalize("file", Map.of("id", "1", "email", "n/a")).email()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane.acme.com", "@acme.com", "jane@", "jane@acme", "jane@localhost",
            "jane@10.0.0.1", "jane doe@acme.com", "Jane <jane@acme.com>", "a@acme.com; b@acme.com", "jane@co.uk"})
    void invalidEmailRejectsTheRecord(String email) {
        assertThatThrownBy(() -> ContactNormalizer.normalize("file", Map.of("id", "1", "email", email)))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.value()).isEqualTo(email);
                });
    }

    @Test
    void unknownCountryIsMissing() {
        assertThat(ContactNormalizer.normalize("file", Map.of("id", "1", "country", "Narnia")).country()).isNull();
    }
}
