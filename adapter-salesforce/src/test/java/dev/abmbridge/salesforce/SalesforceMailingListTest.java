package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.PartnerConnection;
import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.export.MailingListDestination;
import dev.abmbridge.core.export.MailingListExport;
import dev.abmbridge.core.export.MailingListSettings;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A direct-mail list from Salesforce: Contact Mailing* and Account Billing* addresses, an opt-out, changes. */
class SalesforceMailingListTest {

    private static final String PLAYBOOK = """
            version: 1
            name: mail
            icp:
              minScore: 50
              criteria:
                - { id: any, label: Named, weight: 100, when: { field: name, exists: true } }
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
            """;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    private Map<String, CSVRecord> read(String file) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve(file))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.put(r.get("contact").startsWith("salesforce:") ? r.get("contact").substring(11) : r.get("contact"), r);
            }
        }
        return rows;
    }

    @Test
    void addressesAndOptOutsComeFromTheCrmAndChangesAreListed() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(60, 300, 29).withClock(clock))) {
            MailingListSettings settings = MailingListSettings.in(dir);
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox, SalesforceTestOrg.config(sandbox)
                    .withCustomFields(settings.accountFields().stream().filter(f -> f.startsWith("Billing")).toList(),
                            settings.contactFields().stream().filter(f -> f.startsWith("Mailing") || f.equals("HasOptedOutOfEmail")).toList()));
            assertThat(connector.schemaSetup().apply().succeeded()).isTrue();
            StateStore store = StateStore.open(TestDatabases.freshH2());
            Playbook playbook = new PlaybookLoader().parse("mail.yml", PLAYBOOK);
            MailingListDestination mail = new MailingListDestination("mail", settings, store, playbook.audiences());
            SyncEngine engine = new SyncEngine(store, playbook, new TitleParser(),
                    List.of(new SyncConnection(connector.source(), connector.sink())), List.of(mail),
                    EngineSettings.DEFAULTS.withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)), clock, Checkpoint.NONE);

            engine.run(RunOptions.SYNC);

            Map<String, CSVRecord> unaddressed = read("exec-dinner-unaddressed.csv");
            assertThat(read("exec-dinner.csv")).isEmpty(); // the seeded org has cities but no streets
            assertThat(unaddressed.size()).isGreaterThan(3);
            List<String> ids = List.copyOf(unaddressed.keySet());
            PartnerConnection admin = SalesforceTestOrg.admin(sandbox);
            clock.advance(Duration.ofMinutes(5));
            SalesforceTestOrg.update(admin, "Contact", ids.get(0), Map.of("MailingStreet", "5 Home Rd", "MailingCity", "Oakland",
                    "MailingState", "CA", "MailingPostalCode", "94601"));
            SalesforceTestOrg.update(admin, "Contact", ids.get(1), Map.of("MailingStreet", "1 Quiet Ln", "MailingCity", "Reno",
                    "MailingPostalCode", "89501", "HasOptedOutOfEmail", true));
            String accountId = (String) admin.query("SELECT Id, AccountId FROM Contact WHERE Id = '" + ids.get(2) + "'")
                    .getRecords()[0].getField("AccountId");
            SalesforceTestOrg.update(admin, "Account", accountId, Map.of("BillingStreet", "100 Market St", "BillingPostalCode", "10001"));
            clock.advance(Duration.ofMinutes(5));

            engine.run(RunOptions.SYNC);

            Map<String, CSVRecord> list = read("exec-dinner.csv");
            assertThat(list).containsKeys(ids.get(0), ids.get(2)).doesNotContainKey(ids.get(1));
            CSVRecord home = list.get(ids.get(0));
            assertThat(List.of(home.get("street"), home.get("city"), home.get("state"), home.get("postal_code")))
                    .containsExactly("5 Home Rd", "Oakland", "CA", "94601");
            assertThat(home.get("last_name")).isEqualTo(unaddressed.get(ids.get(0)).get("last_name"));
            assertThat(home.get("company")).isNotBlank();
            CSVRecord office = list.get(ids.get(2));
            assertThat(office.get("street")).isEqualTo("100 Market St");
            assertThat(office.get("postal_code")).isEqualTo("10001");
            assertThat(office.get("city")).isNotBlank();
            assertThat(read("exec-dinner-unaddressed.csv")).doesNotContainKeys(ids.get(0), ids.get(1), ids.get(2));
            assertThat(read("exec-dinner-changes.csv").values()).extracting(r -> r.get("change")).containsOnly("added");
            assertThat(read("exec-dinner-changes.csv")).containsKeys(ids.get(0), ids.get(2));
            MailingListExport export = mail.exports().get(0);
            assertThat(export.optedOut()).isEqualTo(1);
            assertThat(export.added()).isEqualTo(list.size());
        }
    }
}
