package dev.abmbridge.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Direct-mail lists written by a sync run from the snapshot store: addresses, opt-outs, changes across runs. */
class MailingListDestinationTest {

    private static final String PLAYBOOK = """
            version: 1
            name: mail
            icp:
              minScore: 50
              criteria:
                - { id: size, label: 100 plus, weight: 100, when: { field: employees, atLeast: 100 } }
              tiers:
                - { name: Tier 1, minScore: 50 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: End User
              committee: [Decision Maker]
            audiences:
              - id: exec-dinner
                name: Executive dinner
                accounts: { field: tier, equals: Tier 1 }
                contacts: { field: role, equals: Decision Maker }
                destinations: [mail]
              - id: tier1-companies
                name: Tier 1 companies
                accounts: { field: tier, equals: Tier 1 }
                destinations: [mail]
            """;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private InMemoryCrm crm;
    private SyncEngine engine;
    private MailingListDestination mail;

    @BeforeEach
    void setUp() {
        crm = new InMemoryCrm("crm", clock, 50);
        crm.put(account("A1", "Acme Corp", "acme.com", Map.of("BillingStreet", "1 Main St", "BillingPostalCode", "94105")));
        crm.put(account("A2", "Globex", "globex.com", Map.of()));
        crm.put(contact("C1", "A1", "ceo@acme.com", "Ada", "Lovelace", "CEO",
                Map.of("MailingStreet", "5 Home Rd", "MailingCity", "Oakland", "MailingState", "CA", "MailingPostalCode", "94601")));
        crm.put(contact("C2", "A1", "vp@acme.com", "Bob", "Builder", "VP Sales", Map.of())); // falls back to the account's address
        crm.put(contact("C3", "A1", "cfo@acme.com", "Cy", "Opted", "CFO", Map.of("HasOptedOutOfEmail", "true")));
        crm.put(contact("C4", "A2", "vp@globex.com", "Di", "Nowhere", "VP Marketing", Map.of())); // Globex has no street
        crm.put(contact("C5", "A1", "intern@acme.com", "Ed", "Intern", "Intern", Map.of("MailingStreet", "9 Dorm Ln")));
        Playbook playbook = new PlaybookLoader().parse("mail.yml", PLAYBOOK);
        StateStore store = StateStore.open(TestDatabases.freshH2());
        mail = new MailingListDestination("mail", MailingListSettings.in(dir), store, playbook.audiences());
        engine = new SyncEngine(store, playbook, new TitleParser(), List.of(new SyncConnection(crm, crm)), List.of(mail),
                EngineSettings.DEFAULTS, clock, Checkpoint.NONE);
    }

    private static Account account(String id, String name, String domain, Map<String, Object> custom) {
        return new Account(id, "crm", name, domain, null, 500L, null, "US", Region.NA, "CA", "San Francisco", null, List.of(),
                null, custom);
    }

    private static Contact contact(String id, String accountId, String email, String first, String last, String title,
                                   Map<String, Object> custom) {
        return new Contact(id, "crm", accountId, email, first, last, title, "US", null, null, custom);
    }

    private List<CSVRecord> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve(file))) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords());
        }
    }

    private static Map<String, CSVRecord> byContact(List<CSVRecord> rows) {
        Map<String, CSVRecord> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get("contact"), r));
        return out;
    }

    @Test
    void theListHoldsAddressedContactsAndTheRestAreListedOrLeftOff() throws IOException {
        clock.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.SYNC);

        Map<String, CSVRecord> list = byContact(read("exec-dinner.csv"));
        assertThat(list).containsOnlyKeys("crm:C1", "crm:C2");
        CSVRecord ada = list.get("crm:C1");
        assertThat(List.of(ada.get("first_name"), ada.get("last_name"), ada.get("title"), ada.get("company"), ada.get("street"),
                ada.get("city"), ada.get("state"), ada.get("postal_code"), ada.get("country")))
                .containsExactly("Ada", "Lovelace", "CEO", "Acme Corp", "5 Home Rd", "Oakland", "CA", "94601", "US");
        CSVRecord bob = list.get("crm:C2");
        assertThat(List.of(bob.get("street"), bob.get("city"), bob.get("state"), bob.get("postal_code")))
                .containsExactly("1 Main St", "San Francisco", "CA", "94105");
        assertThat(byContact(read("exec-dinner-unaddressed.csv"))).containsOnlyKeys("crm:C4");
        assertThat(read("exec-dinner-changes.csv")).extracting(r -> r.get("change") + " " + r.get("contact"))
                .containsExactlyInAnyOrder("added crm:C1", "added crm:C2");
        assertThat(mail.exports()).singleElement().isEqualTo(new MailingListExport("exec-dinner", 2, 1, 1, 0, 2, 0));
        assertThat(Files.exists(dir.resolve("tier1-companies.csv"))).isFalse(); // companies cannot be mailed
        assertThat(mail.skippedAccounts()).isEqualTo(2);
    }

    @Test
    void eachRunRegeneratesTheListAndItsChangesSinceTheLastExport() throws IOException {
        clock.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.SYNC);
        clock.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.SYNC);
        assertThat(read("exec-dinner-changes.csv")).isEmpty();
        assertThat(byContact(read("exec-dinner.csv"))).containsOnlyKeys("crm:C1", "crm:C2");

        clock.advance(Duration.ofMinutes(1));
        crm.put(contact("C1", "A1", "ceo@acme.com", "Ada", "Lovelace", "CEO", Map.of("MailingStreet", "7 New Ave",
                "MailingCity", "Berkeley", "MailingPostalCode", "94704")), clock.instant()); // moved: no membership change
        crm.put(contact("C2", "A1", "vp@acme.com", "Bob", "Builder", "VP Sales", Map.of("DoNotMail__c", "Yes")), clock.instant());
        crm.put(contact("C4", "A2", "vp@globex.com", "Di", "Nowhere", "VP Marketing", Map.of("MailingStreet", "2 Elm St",
                "MailingCity", "Austin", "MailingPostalCode", "73301")), clock.instant());
        crm.put(contact("C6", "A1", "cto@acme.com", "Flo", "New", "CTO", Map.of()), clock.instant());
        clock.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.SYNC);

        Map<String, CSVRecord> list = byContact(read("exec-dinner.csv"));
        assertThat(list).containsOnlyKeys("crm:C1", "crm:C4", "crm:C6");
        assertThat(list.get("crm:C1").get("street")).isEqualTo("7 New Ave");
        assertThat(read("exec-dinner-unaddressed.csv")).isEmpty();
        assertThat(read("exec-dinner-changes.csv")).extracting(r -> r.get("change") + " " + r.get("contact") + " " + r.get("last_name"))
                .containsExactly("added crm:C4 Nowhere", "added crm:C6 New", "removed crm:C2 Builder");
        assertThat(mail.exports().get(0)).isEqualTo(new MailingListExport("exec-dinner", 3, 0, 2, 0, 2, 1));
    }

    @Test
    void aDryRunWritesNoFiles() {
        clock.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.DRY_RUN);
        assertThat(dir.resolve("exec-dinner.csv")).doesNotExist();
    }

    @Test
    void fileNamesAreStableAndSafe() {
        assertThat(MailingListFiles.baseName("tier1-na")).isEqualTo("tier1-na");
        assertThat(MailingListFiles.baseName("../etc/passwd")).isEqualTo("_._etc_passwd");
    }
}
