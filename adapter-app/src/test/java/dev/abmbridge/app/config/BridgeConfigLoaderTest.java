package dev.abmbridge.app.config;

import dev.abmbridge.salesforce.SecretRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BridgeConfigLoaderTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = Map.of("SF_SECRET", "sf-secret-value", "HS_TOKEN", "pat-secret-value",
            "LI_SECRET", "li-secret-value", "LI_REFRESH", "li-refresh-value");

    private Path write(String yaml) throws IOException {
        Files.writeString(dir.resolve("playbook.yml"), "version: 1\n");
        Path file = dir.resolve("abm-bridge.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private BridgeConfig load(String yaml) throws IOException {
        return new BridgeConfigLoader(env::get).load(write(yaml));
    }

    private InvalidConfigException invalid(String yaml) throws IOException {
        Path file = write(yaml);
        return catchThrowableOfType(InvalidConfigException.class, () -> new BridgeConfigLoader(env::get).load(file));
    }

    @Test
    void aCompleteConfigurationBindsIntoTheConnectorsSettings() throws IOException {
        BridgeConfig config = load("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: salesforce
                      url: https://acme.my.salesforce.com
                      client-id: abc
                      client-secret: ${SF_SECRET}
                      api-reserve: 2000
                      owned-fields:
                        account:
                          fit-score: Fit__c
                    marketing:
                      type: hubspot
                      token: ${HS_TOKEN}
                      owned-fields:
                        contact: { role: my_role }
                    ads:
                      type: linkedin
                      ad-account: 507404993
                      version: "202611"
                      source-platform: ABM_BRIDGE
                      client-id: li
                      client-secret: ${LI_SECRET}
                      refresh-token: ${LI_REFRESH}
                """);

        assertThat(config.playbook()).isEqualTo(dir.resolve("playbook.yml"));
        assertThat(config.stateStore().url()).startsWith("jdbc:h2:file:" + dir.resolve("abm-data"));
        assertThat(config.connections()).extracting(ConfiguredConnection::name).containsExactly("crm", "marketing", "ads");
        var sf = (ConfiguredConnection.Salesforce) config.connections().get(0);
        assertThat(sf.settings().apiReserve()).isEqualTo(2000);
        assertThat(sf.settings().accountFields()).containsEntry("fitScore", "Fit__c").containsEntry("tier", "ABM_Tier__c");
        assertThat(sf.settings().auth().clientSecret()).isEqualTo(SecretRef.env("SF_SECRET"));
        assertThat(sf.roles()).containsExactlyInAnyOrder(ConnectionRole.SOURCE, ConnectionRole.SINK);
        var hs = (ConfiguredConnection.HubSpot) config.connections().get(1);
        assertThat(hs.settings().tokenRef()).isEqualTo("env:HS_TOKEN");
        assertThat(hs.settings().contactProperties()).containsEntry("role", "my_role");
        var li = (ConfiguredConnection.LinkedIn) config.connections().get(2);
        assertThat(li.settings().adAccount()).isEqualTo("urn:li:sponsoredAccount:507404993");
        assertThat(config.toString()).doesNotContain("secret-value", "refresh-value");
    }

    @Test
    void salesforceCanTakeAudiencesAsCampaignsWithTheirMemberStatusAndWriteInBulk() throws IOException {
        BridgeConfig config = load("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: salesforce
                      roles: [source, sink, audiences]
                      url: https://acme.my.salesforce.com
                      client-id: abc
                      client-secret: ${SF_SECRET}
                      campaign-member-status: Responded
                      bulk-write-threshold: 5000
                """);

        ConfiguredConnection.Salesforce sf = (ConfiguredConnection.Salesforce) config.connections().get(0);
        assertThat(sf.roles()).contains(ConnectionRole.AUDIENCES);
        assertThat(sf.campaigns().memberStatus()).isEqualTo("Responded");
        assertThat(sf.settings().bulkWriteThreshold()).isEqualTo(5000);

        InvalidConfigException e = invalid("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: salesforce
                      url: https://acme.my.salesforce.com
                      client-id: abc
                      client-secret: ${SF_SECRET}
                      campaign-member-status: "%s"
                """.formatted("x".repeat(41)));
        assertThat(e.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("member-status");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlaceAndAFix() throws IOException {
        InvalidConfigException e = invalid("""
                abm:
                  playbok: playbook.yml
                  state-store:
                    max-pool-size: many
                  connections:
                    crm:
                      type: salesforce
                      url: https://acme.my.salesforce.com
                      clinet-id: abc
                      client-secret: ${NOT_SET}
                      api-reserve: lots
                    ads:
                      type: linkdin
                """);

        assertThat(e.problems()).extracting(ConfigProblem::toString).anySatisfy(p -> assertThat(p)
                        .contains("abm-bridge.yml:2:").contains("unknown key abm.playbok").contains("did you mean 'playbook'"))
                .anySatisfy(p -> assertThat(p).contains("abm.playbook is missing"))
                .anySatisfy(p -> assertThat(p).contains(":4:").contains("max-pool-size must be a whole number"))
                .anySatisfy(p -> assertThat(p).contains(":9:").contains("unknown key abm.connections.crm.clinet-id")
                        .contains("did you mean 'client-id'"))
                .anySatisfy(p -> assertThat(p).contains("client-id is missing"))
                .anySatisfy(p -> assertThat(p).contains(":10:").contains("NOT_SET is not set").contains("export NOT_SET="))
                .anySatisfy(p -> assertThat(p).contains(":11:").contains("api-reserve must be a whole number"))
                .anySatisfy(p -> assertThat(p).contains(":13:").contains("unknown connection type 'linkdin'")
                        .contains("did you mean 'linkedin'"));
    }

    @Test
    void aSecretWrittenIntoTheFileIsRefusedWithoutBeingRepeated() throws IOException {
        InvalidConfigException e = invalid("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: hubspot
                      token: pat-na1-0123456789-PASTED
                """);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("token holds a value written into the file");
            assertThat(p.fix()).contains("${CRM_TOKEN}");
        });
        assertThat(e.getMessage() + e.problems()).doesNotContain("PASTED");
    }

    @Test
    void aFileSecretMustExistAndAMissingFileSaysHowToStart() throws IOException {
        InvalidConfigException e = invalid("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: hubspot
                      token: file:secrets/hubspot-token
                """);
        assertThat(e.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .contains("secrets/hubspot-token does not exist");

        Path missing = dir.resolve("nope.yml");
        assertThatThrownBy(() -> new BridgeConfigLoader(env::get).load(missing)).isInstanceOf(InvalidConfigException.class)
                .satisfies(x -> assertThat(((InvalidConfigException) x).problems().get(0).fix()).contains("abm-bridge init"));
    }

    @Test
    void mailingListsAreAudienceDestinationsNamedByTheirConnectionWithTheirFolderAndFields() throws IOException {
        BridgeConfig config = load("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: hubspot
                      token: ${HS_TOKEN}
                    mail:
                      type: mailing-list
                    events:
                      type: mailing-list
                      directory: out/events
                      opt-out-fields: [DoNotMail__c]
                      account-street-fields: [ShippingStreet, BillingStreet]
                    badges:
                      type: mailing-list
                      directory: out/badges
                      opt-out-fields: []
                """);

        var mail = (ConfiguredConnection.MailingList) config.connection("mail").orElseThrow();
        assertThat(mail.system()).isEqualTo("mail");
        assertThat(mail.roles()).containsExactly(ConnectionRole.AUDIENCES);
        assertThat(mail.settings().dir()).isEqualTo(dir.resolve("abm-data/exports/mail"));
        assertThat(mail.settings().optOutFields()).containsExactly("HasOptedOutOfEmail", "DoNotMail__c");
        var events = (ConfiguredConnection.MailingList) config.connection("events").orElseThrow();
        assertThat(events.settings().dir()).isEqualTo(dir.resolve("out/events"));
        assertThat(events.settings().optOutFields()).containsExactly("DoNotMail__c");
        assertThat(events.settings().accountStreet()).containsExactly("ShippingStreet", "BillingStreet");
        assertThat(events.settings().contactStreet()).containsExactly("MailingStreet", "address");
        assertThat(config.connection("crm").orElseThrow().system()).isEqualTo("hubspot");
        var badges = (ConfiguredConnection.MailingList) config.connection("badges").orElseThrow();
        assertThat(badges.settings().optOutFields()).isEmpty();
    }

    @Test
    void mailingListProblemsAreReportedAtTheirPlaceWithAFix() throws IOException {
        Files.writeString(dir.resolve("a-file"), "not a folder");
        InvalidConfigException e = invalid("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: hubspot
                      token: ${HS_TOKEN}
                    mail:
                      type: mailing-list
                      directroy: out/mail
                      roles: [source]
                    linkedin:
                      type: mailing-list
                      directory: a-file
                    events:
                      type: mailling-list
                    invites:
                      type: mailing-list
                      directory: abm-data/exports/mail
                      opt-out-fields: [DoNotMail__c, " "]
                      contact-street-fields: []
                """);

        assertThat(e.problems()).extracting(ConfigProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("abm-bridge.yml:9:").contains("unknown key abm.connections.mail.directroy")
                        .contains("did you mean 'directory'"))
                .anySatisfy(p -> assertThat(p).contains(":10:").contains("'source' is not a role of a mailing-list connection")
                        .contains("audiences"))
                .anySatisfy(p -> assertThat(p).contains(":12:").contains("a mailing list cannot be named 'linkedin'")
                        .contains("rename the connection"))
                .anySatisfy(p -> assertThat(p).contains(":13:").contains("a-file is a file, not a folder"))
                .anySatisfy(p -> assertThat(p).contains(":15:").contains("unknown connection type 'mailling-list'")
                        .contains("did you mean 'mailing-list'"))
                .anySatisfy(p -> assertThat(p).contains(":19:").contains("opt-out-fields holds an empty field name"))
                .anySatisfy(p -> assertThat(p).contains(":20:").contains("contact-street-fields is empty"));
    }

    @Test
    void twoMailingListsCannotShareAFolder() throws IOException {
        InvalidConfigException e = invalid("""
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: hubspot
                      token: ${HS_TOKEN}
                    mail:
                      type: mailing-list
                      directory: lists
                    events:
                      type: mailing-list
                      directory: ./lists/
                """);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("mailing lists 'mail' and 'events' write to the same folder");
            assertThat(p.fix()).contains("its own 'directory:'");
        });
    }

    @Test
    void theStartersCommentedMailingListIsValidOnceUncommented() throws IOException {
        String starter;
        try (var in = getClass().getResourceAsStream("/starter/abm-bridge.yml")) {
            starter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder yaml = new StringBuilder();
        boolean inMail = false;
        for (String line : starter.split("\n")) {
            inMail = line.equals("    # mail:") || inMail && line.startsWith("    #   ");
            yaml.append(inMail ? line.replaceFirst("# ", "") : line).append('\n');
        }
        assertThat(yaml).contains("\n    mail:\n      type: mailing-list\n");

        BridgeConfig config = new BridgeConfigLoader(Map.of("SALESFORCE_CLIENT_SECRET", "s")::get).load(write(yaml.toString()));

        var mail = (ConfiguredConnection.MailingList) config.connection("mail").orElseThrow();
        assertThat(mail.settings().dir()).isEqualTo(dir.resolve("abm-data/exports/mail"));
        assertThat(mail.settings().optOutFields()).containsExactly("HasOptedOutOfEmail");
    }
}
