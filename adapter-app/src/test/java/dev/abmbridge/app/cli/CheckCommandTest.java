package dev.abmbridge.app.cli;

import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.BridgeConfigLoader;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The warnings {@code check} prints about audiences and their destinations, before it calls any system. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void mailingListsAreMatchedByConnectionNameAndOnesThatGetNoFileAreWarnedAbout() throws IOException {
        Files.writeString(dir.resolve("playbook.yml"), """
                version: 1
                name: warnings
                icp:
                  minScore: 10
                  criteria:
                    - { id: any, label: Any, weight: 10, when: { field: employees, atLeast: 1 } }
                  tiers:
                    - { name: Tier 1, minScore: 10 }
                buyingRoles:
                  rules:
                    - role: End User
                  committee: [End User]
                audiences:
                  - id: dinner
                    name: Dinner
                    accounts: { field: tier, equals: Tier 1 }
                    contacts: { field: role, equals: End User }
                    destinations: [mail, hubspot]
                  - id: companies
                    name: Companies
                    accounts: { field: tier, equals: Tier 1 }
                    destinations: [events]
                """);
        Path file = dir.resolve("abm-bridge.yml");
        Files.writeString(file, """
                abm:
                  playbook: playbook.yml
                  connections:
                    marketing:
                      type: hubspot
                      token: ${HS_TOKEN}
                      roles: [source, sink]
                    mail:
                      type: mailing-list
                    events:
                      type: mailing-list
                      directory: events
                    badges:
                      type: mailing-list
                      directory: badges
                """);
        BridgeConfig config = new BridgeConfigLoader(Map.of("HS_TOKEN", "t")::get).load(file);
        Playbook playbook = new PlaybookLoader().load(config.playbook());

        assertThat(CheckCommand.audienceWarnings(config, playbook)).containsExactly(
                "audience 'dinner' goes to hubspot, which syncs skip: connection 'marketing' does not have the role "
                        + "'audiences': add it to its roles, or remove hubspot from the audience's destinations",
                "mailing list 'events' gets no file: only account audiences name it (companies), and a list needs "
                        + "contacts: add a 'contacts' filter",
                "mailing list 'badges' gets no file: no audience names it: add badges to a contact audience's destinations");
    }
}
