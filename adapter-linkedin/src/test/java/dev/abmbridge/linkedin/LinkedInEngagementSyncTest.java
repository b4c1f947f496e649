package dev.abmbridge.linkedin;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.spi.AccountEngagement;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.testing.Playbooks;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.generator.DemoCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end: the sandbox's ad analytics, through {@link LinkedInEngagementSource}, fill the accounts'
 * {@code engagement} in the core SyncEngine, which moves them into a LinkedIn segment on {@code engagement atLeast 50}.
 */
class LinkedInEngagementSyncTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(40, 10, 17).withClock(CLOCK));

    private static final Playbook PLAYBOOK = Playbooks.parse("""
            version: 1
            name: linkedin engagement e2e
            icp:
              minScore: 50
              criteria:
                - { id: known, label: Known website, weight: 50, when: { field: domain, exists: true } }
                - { id: engaged, label: Engaged on LinkedIn, weight: 50, when: { field: engagement, atLeast: 50 } }
              tiers:
                - { name: Tier 1, minScore: 100 }
            buyingRoles:
              rules:
                - role: End User
              committee: [End User]
            audiences:
              - id: targets
                name: Target companies
                accounts: { field: domain, exists: true }
                destinations: [linkedin]
              - id: engaged
                name: Engaged companies
                accounts: { field: engagement, atLeast: 50 }
                destinations: [linkedin]
            """);

    @Test
    void engagementReadFromLinkedInMovesAccountsIntoAnEngagedSegmentWithOneFetchPerDay() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        List<DemoCompany> companies = SANDBOX.sandbox().data().companies().subList(0, 30);
        InMemoryCrm crm = new InMemoryCrm("crm", CLOCK, 50);
        for (DemoCompany c : companies) {
            crm.put(new Account("A" + c.index(), "crm", c.name(), c.domain(), null, null, null, "US", Region.NA, null,
                    null, null, List.of(), null, null));
        }
        StateStore store = StateStore.open(TestDatabases.freshH2());
        LinkedInConnector connector = kit.connector(kit.config().minimumAudienceSize(0).build());
        LinkedInAudienceDestination linkedIn = connector.audienceDestination(
                new StateStoreLinkedInSegmentRegistry(store, "linkedin"), LinkedInMemberDetails.NONE);
        LinkedInEngagementSource engagement = connector.engagementSource(new StateStoreLinkedInOrganizationCache(store, "linkedin"));
        SyncEngine engine = new SyncEngine(store, PLAYBOOK, List.of(new SyncConnection(crm, crm)), List.of(linkedIn),
                List.of(engagement), CLOCK);
        Set<String> domains = companies.stream().map(DemoCompany::domain).collect(Collectors.toSet());

        // Nothing targeted yet, so no engagement: every company goes to the targets segment only.
        RunSummary first = engine.run(RunOptions.SYNC);
        assertThat(kit.calls("adAnalytics")).isEqualTo(1);
        assertThat(first.audienceAdds()).containsOnlyKeys("linkedin/targets");
        assertThat(linkedIn.members("targets", domains)).containsExactlyInAnyOrderElementsOf(domains);

        // Matched later the same day: the window has not moved, so LinkedIn is not asked again.
        CLOCK.advance(Duration.ofMinutes(15));
        engine.run(RunOptions.SYNC);
        assertThat(kit.calls("adAnalytics")).isEqualTo(1);

        // The next day: one fetch, and the engaged companies join the engaged segment.
        CLOCK.advance(Duration.ofDays(1));
        RunSummary nextDay = engine.run(RunOptions.SYNC);
        assertThat(kit.calls("adAnalytics")).isEqualTo(2);
        Map<String, Integer> scores = engagement.engagement().stream()
                .collect(Collectors.toMap(AccountEngagement::domain, AccountEngagement::score));
        assertThat(kit.calls("adAnalytics")).isEqualTo(3);
        Set<String> engaged = scores.entrySet().stream().filter(e -> e.getValue() >= 50 && domains.contains(e.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(engaged).isNotEmpty().hasSizeLessThan(domains.size());
        assertThat(nextDay.engagementChanges()).isEqualTo((int) scores.keySet().stream().filter(domains::contains).count());
        assertThat(nextDay.audienceAdds()).containsExactly(Map.entry("linkedin/engaged", engaged.size()));
        assertThat(linkedIn.members("engaged", domains)).containsExactlyInAnyOrderElementsOf(engaged);
        for (DemoCompany c : companies) {
            assertThat(crm.owned(RecordKind.ACCOUNT, "A" + c.index()))
                    .containsEntry(OwnedFields.FIT_SCORE, engaged.contains(c.domain()) ? "100" : "50");
        }

        // Same day again: no fetch, nothing sent to LinkedIn, nothing written to the CRM.
        kit.transport.clear();
        crm.resetCounters();
        CLOCK.advance(Duration.ofMinutes(5));
        RunSummary again = engine.run(RunOptions.SYNC);
        assertThat(kit.calls("adAnalytics")).isEqualTo(3);
        assertThat(again.totalRecordsToWrite()).isZero();
        assertThat(kit.transport.sent()).noneMatch(r -> r.url().endsWith("/companies") || r.url().endsWith("/users")
                || r.url().endsWith("/adAnalytics") || r.url().endsWith("/organizations"));
        assertThat(crm.writeCalls()).isZero();
    }
}
