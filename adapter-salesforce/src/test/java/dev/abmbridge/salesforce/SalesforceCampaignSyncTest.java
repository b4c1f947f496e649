package dev.abmbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine keeping a playbook audience in step with a Salesforce Campaign across runs. */
class SalesforceCampaignSyncTest {

    private static final String PLAYBOOK = """
            version: 1
            name: campaigns
            icp:
              minScore: 50
              criteria:
                - { id: size, label: 50 plus, weight: 60, when: { field: employees, atLeast: 50 } }
                - { id: any, label: Named, weight: 40, when: { field: name, exists: true } }
              tiers:
                - { name: Tier 1, minScore: 50 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: End User
              committee: [Decision Maker]
            audiences:
              - id: exec-briefing
                name: Executive briefing - Tier 1
                accounts: { field: tier, equals: Tier 1 }
                contacts: { field: role, equals: Decision Maker }
                destinations: [salesforce-campaigns]
            """;

    private static final String STREAM = "salesforce-campaigns/exec-briefing";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));

    @Test
    void theCampaignFollowsTheAudienceAndASecondRunChangesNothing() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(400, 2400, 23).withClock(clock))) {
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox);
            assertThat(connector.schemaSetup().apply().succeeded()).isTrue();
            StateStore store = StateStore.open(TestDatabases.freshH2());
            Playbook playbook = new PlaybookLoader().parse("campaigns.yml", PLAYBOOK);
            SalesforceCampaignDestination campaigns = new SalesforceCampaignDestination("salesforce-campaigns", connector,
                    SalesforceCampaignConfig.DEFAULTS, new StateStoreSalesforceCampaignRegistry(store, "salesforce-campaigns"),
                    playbook.audiences());
            SyncEngine engine = new SyncEngine(store, playbook, new TitleParser(),
                    List.of(new SyncConnection(connector.source(), connector.sink())), List.of(campaigns),
                    EngineSettings.DEFAULTS.withPageSize(2000).withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)), clock,
                    Checkpoint.NONE);
            sandbox.writes().reset();
            sandbox.ledger().reset();

            RunSummary first = engine.run(RunOptions.SYNC);

            int added = first.audienceAdds().getOrDefault(STREAM, 0);
            assertThat(added).isGreaterThan(200);
            assertThat(first.deadLettered().getOrDefault("salesforce-campaigns", 0)).isZero();
            String campaignId = campaigns.campaignIdOf("exec-briefing").orElseThrow();
            Set<String> members = campaigns.allMembers("exec-briefing");
            assertThat(members).hasSize(added);
            Set<String> written = new HashSet<>(sandbox.writes().writes("salesforce").stream().map(w -> w.objectType()).toList());
            assertThat(written).isSubsetOf(Set.of("Account", "Contact", "Campaign", "CampaignMember"));
            assertThat(sandbox.writes().fieldsWritten("salesforce", "CampaignMember")).containsExactlyInAnyOrder("CampaignId",
                    "ContactId", "Status");
            assertThat(sandbox.ledger().calls("salesforce", "delete")).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "create")).isEqualTo(1 + (added + 199) / 200); // the campaign, members

            clock.advance(Duration.ofMinutes(10));
            long creates = sandbox.ledger().calls("salesforce", "create");
            RunSummary second = engine.run(RunOptions.SYNC);
            assertThat(second.audienceAdds().getOrDefault(STREAM, 0)).isZero();
            assertThat(second.audienceRemoves().getOrDefault(STREAM, 0)).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "create")).isEqualTo(creates);
            assertThat(sandbox.ledger().calls("salesforce", "delete")).isZero();

            PartnerConnection admin = SalesforceTestOrg.admin(sandbox);
            SObject member = admin.query("SELECT Id, ContactId FROM CampaignMember WHERE CampaignId = '" + campaignId
                    + "' ORDER BY ContactId LIMIT 1").getRecords()[0];
            String leaving = (String) member.getField("ContactId");
            clock.advance(Duration.ofMinutes(10));
            SalesforceTestOrg.update(admin, "Contact", leaving, Map.of("Title", "Intern"));
            clock.advance(Duration.ofMinutes(10));

            RunSummary third = engine.run(RunOptions.SYNC);

            assertThat(third.audienceRemoves().get(STREAM)).isEqualTo(1);
            assertThat(third.audienceAdds().getOrDefault(STREAM, 0)).isZero();
            assertThat(sandbox.ledger().calls("salesforce", "delete")).isEqualTo(1);
            assertThat(admin.query("SELECT Id FROM CampaignMember WHERE CampaignId = '" + campaignId + "' AND ContactId = '"
                    + leaving + "'").getSize()).isZero();
            assertThat(campaigns.allMembers("exec-briefing")).hasSize(added - 1);

            sandbox.salesforce().org().delete("Campaign", campaignId); // a user deletes the campaign; the audience is unchanged
            clock.advance(Duration.ofMinutes(10));
            RunSummary fourth = engine.run(RunOptions.SYNC);

            assertThat(fourth.audienceAdds().getOrDefault(STREAM, 0) + fourth.audienceRemoves().getOrDefault(STREAM, 0)).isZero();
            String recreated = campaigns.campaignIdOf("exec-briefing").orElseThrow();
            assertThat(recreated).isNotEqualTo(campaignId);
            assertThat(campaigns.allMembers("exec-briefing")).hasSize(added - 1);
        }
    }
}
