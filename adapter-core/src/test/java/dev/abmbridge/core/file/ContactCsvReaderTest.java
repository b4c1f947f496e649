package dev.abmbridge.core.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.model.Contact;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContactCsvReaderTest {
    private final CollectedIssues issues = new CollectedIssues();

    private List<LineRecord<Contact>> read(String csv) {
        try (Stream<LineRecord<Contact>> records = new ContactCsvReader().read("contacts.csv", new StringReader(csv), issues)) {
            return records.toList();
        }
    }

    @Test
    void readsAndNormalizesContacts() {
        List<LineRecord<Contact>> records = read("\uFEFFid,accountId,email,firstName,lastName,title,country,custom.linkedin\n"
                + "C1,A1, Jane.Doe@Acme.COM ,Jane,Doe,\"Director, Marketing\",Deutschland,https://linkedin.com/in/jane\n"
                + "C2,,bob@globex.com,Bob,,CTO,,\n");
        assertThat(records).hasSize(2);
        Contact jane = records.get(0).record();
        assertThat(jane.email()).isEqualTo("jane.doe@acme.com");
        assertThat(jane.accountId()).isEqualTo("A1");
        assertThat(jane.title()).isEqualTo("Director, Marketing");
        assertThat(jane.country()).isEqualTo("DE");
        assertThat(jane.custom()).containsOnly(Map.entry("linkedin", "https://linkedin.com/in/jane"));
        Contact bob = records.get(1).record();
        assertThat(bob.accountId()).isNull();
        assertThat(bob.lastName()).isNull();
        assertThat(bob.custom()).isEmpty();
        assertThat(issues.errors()).isEmpty();
    }

    @Test
    void invalidEmailSkipsTheRowWithLineAndReason() {
        List<LineRecord<Contact>> records = read("id,email,title\nC1,jane.acme.com,CEO\nC2,\"jane\n@acme.com\",CTO\nC3,ok@acme.com,CFO\n");
        assertThat(records).extracting(r -> r.record().id()).containsExactly("C3");
        assertThat(records.get(0).line()).isEqualTo(5);
        assertThat(issues.errors()).extracting(RowError::line).containsExactly(2L, 3L);
        assertThat(issues.errors()).allSatisfy(e -> assertThat(e.reason()).startsWith("email"));
    }

    @Test
    void onlyTheIdColumnIsNeeded() {
        assertThat(read("id\nC1\nC2\n")).extracting(r -> r.record().id()).containsExactly("C1", "C2");
    }
}
