package dev.abmbridge.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.sandbox.ledger.FieldWrite;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core sync engine end to end against the sandbox's HubSpot: the first run writes owned and native properties
 * and list memberships with the minimum number of calls, nothing outside them is touched, and a second run with no
 * change in HubSpot writes nothing.
 */
class HubSpotSyncEngineIT {

    static final String PLAYBOOK = """
            version: 1
            name: hubspot end to end
            icp:
              minScore: 50
              criteria:
                - { id: software, label: Software, weight: 40, when: { field: industry, contains: software } }
                - { id: size, label: 200 plus, weight: 30, when: { field: employees, atLeast: 200 } }
                - { id: na, label: North America, weight: 30, when: { field: region, equals: NA } }
              tiers:
                - { name: Tier 1, minScore: 70 }
                - { name: Tier 2, minScore: 40 }
                - { name: Tier 3, minScore: 20 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: Economic Buyer
                  when: { field: function, in: [FINANCE, PROCUREMENT] }
                - role: Champion
                  when: { field: function, in: [MARKETING, SALES] }
                - role: End User
              committee: [Decision Maker, Economic Buyer, Champion]
            audiences:
              - id: tier1
                name: ABM Tier 1
                accounts: { field: tier, equals: Tier 1 }
                destinations: [hubspot]
              - id: tier1-dm
                name: ABM Tier 1 decision makers
                accounts: { field: tier, equals: Tier 1 }
                contacts: { field: role, equals: Decision Maker }
                destinations: [hubspot]
            """;

    static final Set<String> OWNED_COMPANY = Set.of("abm_fit_score", "abm_tier", "abm_is_icp", "abm_reason", "abm_coverage",
            "abm_missing_roles", "hs_is_target_account", "hs_ideal_customer_profile");
    static final Set<String> OWNED_CONTACT = Set.of("abm_buying_role", "abm_seniority", "abm_function", "hs_buying_role");

    @Test
    void theFirstRunWritesOwnedPropertiesOnlyAndTheSecondWritesNothing() {
        try (HubSpotTestPortal portal = HubSpotTestPortal.start(120, 400, c -> c, c -> c)) {
            portal.setUpSchema();
            portal.sandbox.writes().reset();
            portal.sandbox.ledger().reset();
            Playbook playbook = new PlaybookLoader().parse("e2e.yml", PLAYBOOK);
            StateStore store = StateStore.open(TestDatabases.freshH2());
            HubSpotSourceConnector source = new HubSpotSourceConnector(portal.connection);
            HubSpotInsightSink sink = new HubSpotInsightSink(portal.connection);
            HubSpotAudienceDestination lists = new HubSpotAudienceDestination(portal.connection);
            SyncEngine engine = new SyncEngine(store, playbook, List.of(new SyncConnection(source, sink)), List.of(lists), portal.clock);

            portal.clock.advance(Duration.ofMinutes(1));
            RunSummary first = engine.run(RunOptions.SYNC);

            int companies = portal.sandbox.hubSpot().portal().size(dev.abmbridge.sandbox.hubspot.HubSpotObjectType.COMPANIES);
            int contacts = portal.sandbox.hubSpot().portal().size(dev.abmbridge.sandbox.hubspot.HubSpotObjectType.CONTACTS);
            assertThat(first.recordsRead()).containsEntry("hubspot", companies + contacts);
            assertThat(first.deadLettered().getOrDefault("hubspot", 0)).isZero();
            long updates = portal.calls("companies:batch/update") + portal.calls("contacts:batch/update");
            assertThat(updates).as("ceil(n/100) per object type").isEqualTo((companies + 99) / 100 + (contacts + 99) / 100);
            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "companies")).isNotEmpty().isSubsetOf(OWNED_COMPANY);
            assertThat(portal.sandbox.writes().fieldsWritten("hubspot", "contacts")).isNotEmpty().isSubsetOf(OWNED_CONTACT);
            assertThat(portal.sandbox.writes().writes("hubspot")).extracting(FieldWrite::field)
                    .contains("hs_ideal_customer_profile", "hs_buying_role");
            assertThat(first.audienceAdds()).isNotEmpty();
            long membershipCalls = portal.calls("lists:memberships/add-and-remove");
            assertThat(membershipCalls).isPositive();

            portal.sandbox.writes().reset();
            portal.clock.advance(Duration.ofMinutes(5));
            RunSummary second = engine.run(RunOptions.SYNC);

            assertThat(second.totalSinkCalls()).isZero();
            assertThat(second.totalRecordsToWrite()).isZero();
            assertThat(portal.sandbox.writes().writes("hubspot")).isEmpty();
            assertThat(portal.calls("companies:batch/update") + portal.calls("contacts:batch/update")).isEqualTo(updates);
            assertThat(portal.calls("lists:memberships/add-and-remove")).isEqualTo(membershipCalls);

            // A Tier 1 company stops fitting: the third run rewrites its owned properties and takes it out of the list.
            tools.jackson.databind.JsonNode hit = portal.connection.client().post(portal.connection.client().objects("companies/search"),
                    java.util.Map.of("filterGroups", List.of(java.util.Map.of("filters", List.of(java.util.Map.of("propertyName", "abm_tier",
                            "operator", "EQ", "value", "Tier 1")))), "properties", List.of("domain"), "limit", 1)).body().path("results").get(0);
            String id = hit.get("id").asString();
            String domain = dev.abmbridge.core.normalize.RegistrableDomain.of(hit.path("properties").path("domain").asString());
            assertThat(lists.members("tier1", List.of(domain))).containsExactly(domain);
            portal.clock.advance(Duration.ofMinutes(1));
            portal.connection.client().send("PATCH", portal.connection.client().objects("companies/" + id),
                    java.util.Map.of("properties", java.util.Map.of("industry", "RETAIL", "numberofemployees", "5", "country", "Germany")));
            portal.sandbox.writes().reset();
            portal.clock.advance(Duration.ofMinutes(5));

            RunSummary third = engine.run(RunOptions.SYNC);

            assertThat(third.audienceRemoves()).containsEntry("hubspot/tier1", 1);
            assertThat(lists.members("tier1", List.of(domain))).isEmpty();
            assertThat(portal.sandbox.writes().writes("hubspot")).extracting(FieldWrite::recordId).containsOnly(id);
            assertThat(portal.value("companies", id, "hs_ideal_customer_profile")).isNotEqualTo("tier_1");
            assertThat(portal.value("companies", id, "abm_tier")).isNotEqualTo("Tier 1");
        }
    }
}
