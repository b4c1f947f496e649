package dev.abmbridge.app;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code type: mailing-list} connection through the packaged jar against the sandbox's Salesforce (issue #9):
 * {@code check} knows it, {@code plan} shows its delta and writes no file, each {@code sync} rewrites the list, the
 * unaddressed members and the changes; opted-out contacts stay off.
 */
class MailingListCommandsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    void syncsWriteTheListsAndTheirChangesAndThePlanShowsTheDelta() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(60, 300, 29))) {
            Files.writeString(dir.resolve("playbook.yml"), PLAYBOOK);
            Path config = dir.resolve("abm-bridge.yml");
            Files.writeString(config, """
                    abm:
                      playbook: playbook.yml
                      connections:
                        crm:
                          type: salesforce
                          url: %s
                          client-id: abm
                          client-secret: ${SF_SECRET}
                          contact-custom-fields: [MailingStreet, MailingCity, MailingState, MailingPostalCode, HasOptedOutOfEmail]
                          account-custom-fields: [BillingStreet, BillingPostalCode]
                        mail:
                          type: mailing-list
                          opt-out-fields: [HasOptedOutOfEmail]
                    """.formatted(sandbox.salesforceUrl()));
            Map<String, String> env = Map.of("SF_SECRET", "mail-secret-1");
            Path lists = dir.resolve("abm-data").resolve("exports").resolve("mail");

            JarRunner.Result setup = JarRunner.run(env, "setup", "--config", config.toString());
            assertThat(setup.exitCode()).as(setup.out() + setup.err()).isZero();
            assertThat(setup.out()).contains("create folder " + lists);
            JarRunner.Result check = JarRunner.run(env, "check", "--config", config.toString());
            assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("mail (mailing-list): ready").contains("writes the lists to " + lists)
                    .doesNotContain("warning:");

            Path planJson = dir.resolve("plan.json");
            Path planHtml = dir.resolve("plan.html");
            JarRunner.Result plan = JarRunner.run(env, "plan", "--no-progress", "--config", config.toString(), "--json",
                    planJson.toString(), "--html", planHtml.toString());
            assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
            assertThat(plan.out()).containsPattern("audience mail/exec-dinner +\\+[1-9]");
            JsonNode planned = JSON.readTree(Files.readString(planJson)).path("audiences").path("mail/exec-dinner");
            int members = planned.path("adds").asInt();
            assertThat(members).isGreaterThan(3);
            assertThat(planned.path("minCalls").asInt()).isEqualTo(1);
            assertThat(planHtml).content().contains("<td>mail/exec-dinner</td><td class=\"num\">" + members + "</td>");
            assertThat(lists.resolve("exec-dinner.csv")).doesNotExist(); // a plan writes nothing

            JarRunner.Result first = JarRunner.run(env, "sync", "--no-progress", "--config", config.toString());
            assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
            assertThat(read(lists.resolve("exec-dinner.csv"))).isEmpty(); // the seeded org has cities but no streets
            Map<String, CSVRecord> unaddressed = read(lists.resolve("exec-dinner-unaddressed.csv"));
            assertThat(unaddressed).hasSize(members);
            assertThat(read(lists.resolve("exec-dinner-changes.csv"))).isEmpty();

            List<String> ids = new ArrayList<>(unaddressed.keySet());
            PartnerConnection admin = admin(sandbox);
            update(admin, "Contact", ids.get(0), Map.of("MailingStreet", "5 Home Rd", "MailingCity", "Oakland",
                    "MailingState", "CA", "MailingPostalCode", "94601"));
            update(admin, "Contact", ids.get(1), Map.of("MailingStreet", "1 Quiet Ln", "MailingCity", "Reno",
                    "MailingPostalCode", "89501", "HasOptedOutOfEmail", true));
            String accountId = (String) admin.query("SELECT Id, AccountId FROM Contact WHERE Id = '" + ids.get(2) + "'")
                    .getRecords()[0].getField("AccountId");
            update(admin, "Account", accountId, Map.of("BillingStreet", "100 Market St", "BillingPostalCode", "10001"));

            JarRunner.Result second = JarRunner.run(env, "sync", "--no-progress", "--config", config.toString());
            assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
            Map<String, CSVRecord> list = read(lists.resolve("exec-dinner.csv"));
            assertThat(list).containsKeys(ids.get(0), ids.get(2)).doesNotContainKey(ids.get(1));
            CSVRecord home = list.get(ids.get(0));
            assertThat(List.of(home.get("street"), home.get("city"), home.get("state"), home.get("postal_code")))
                    .containsExactly("5 Home Rd", "Oakland", "CA", "94601");
            assertThat(list.get(ids.get(2)).get("street")).isEqualTo("100 Market St");
            assertThat(read(lists.resolve("exec-dinner-unaddressed.csv"))).doesNotContainKeys(ids.get(0), ids.get(1), ids.get(2))
                    .hasSize(members - list.size() - 1);
            Map<String, CSVRecord> changes = read(lists.resolve("exec-dinner-changes.csv"));
            assertThat(changes).containsOnlyKeys(list.keySet());
            assertThat(changes.values()).extracting(r -> r.get("change")).containsOnly("added");

            update(admin, "Contact", ids.get(0), Map.of("HasOptedOutOfEmail", true));

            JarRunner.Result third = JarRunner.run(env, "sync", "--no-progress", "--config", config.toString());
            assertThat(third.exitCode()).as(third.out() + third.err()).isZero();
            assertThat(read(lists.resolve("exec-dinner.csv"))).doesNotContainKey(ids.get(0)).containsKey(ids.get(2));
            Map<String, CSVRecord> removed = read(lists.resolve("exec-dinner-changes.csv"));
            assertThat(removed).containsOnlyKeys(ids.get(0));
            assertThat(removed.get(ids.get(0)).get("change")).isEqualTo("removed");
            assertThat(removed.get(ids.get(0)).get("street")).isEqualTo("5 Home Rd");
        }
    }

    /** The rows of a list by Salesforce contact id. */
    private static Map<String, CSVRecord> read(Path file) throws Exception {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThat(r.get("contact")).startsWith("salesforce:");
                rows.put(r.get("contact").substring("salesforce:".length()), r);
            }
        }
        return rows;
    }

    private static PartnerConnection admin(Sandbox sandbox) throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sandbox.salesforce().issueAccessToken());
        config.setServiceEndpoint(sandbox.salesforceUrl() + "/services/Soap/u/65.0");
        config.setAuthEndpoint(sandbox.salesforceUrl() + "/services/Soap/u/65.0");
        return new PartnerConnection(config);
    }

    /** A user's edit in Salesforce, between two syncs. */
    private static void update(PartnerConnection admin, String object, String id, Map<String, Object> values) throws Exception {
        SObject record = new SObject(object);
        record.setId(id);
        values.forEach(record::setField);
        SaveResult r = admin.update(new SObject[] {record})[0];
        assertThat(r.isSuccess()).as(() -> r.getErrors()[0].getMessage()).isTrue();
    }
}
