package dev.abmbridge.linkedin;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.testing.Playbooks;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.linkedin.LinkedInRequestLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the core SyncEngine pushes playbook audiences to the sandbox's LinkedIn through this connector. */
class LinkedInSyncEngineTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(20, 20, 13).withClock(CLOCK));

    private static final Playbook PLAYBOOK = Playbooks.parse("""
            version: 1
            name: linkedin e2e
            icp:
              minScore: 60
              criteria:
                - { id: software, label: Software, weight: 100, when: { field: industry, contains: software } }
              tiers:
                - { name: Tier 1, minScore: 80 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: End User
              committee: [Decision Maker]
            audiences:
              - id: tier1
                name: Tier 1 companies
                accounts: { field: tier, equals: Tier 1 }
                destinations: [linkedin]
              - id: tier1-dm
                name: Tier 1 decision makers
                accounts: { field: tier, equals: Tier 1 }
                contacts: { field: role, equals: Decision Maker }
                destinations: [linkedin]
            """);

    private static Account account(String id, String domain, String industry) {
        return new Account(id, "crm", "Company " + id, domain, industry, 500L, null, "US", Region.NA, null, null, null,
                List.of(), null, null);
    }

    private static Contact contact(String id, String accountId, String email, String title) {
        return new Contact(id, "crm", accountId, email, "First", "Last", title, "US", null, null, null);
    }

    @Test
    void pushesDeltasOnlyAndASecondRunSendsNothing() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        InMemoryCrm crm = new InMemoryCrm("crm", CLOCK, 50);
        crm.put(account("A1", "acme.com", "Computer Software"));
        crm.put(account("A2", "globex.com", "Enterprise Software"));
        crm.put(account("A3", "initech.com", "Retail"));
        crm.put(contact("C1", "A1", "CEO@Acme.com", "CEO"));
        crm.put(contact("C2", "A2", "vp@globex.com", "VP Engineering"));
        crm.put(contact("C3", "A1", "dev@acme.com", "Software Engineer"));
        StateStore store = StateStore.open(TestDatabases.freshH2());
        LinkedInAudienceDestination linkedIn = kit.connector(kit.config().minimumAudienceSize(0).build())
                .audienceDestination(new StateStoreLinkedInSegmentRegistry(store, "linkedin"), LinkedInMemberDetails.NONE);
        SyncEngine engine = new SyncEngine(store, PLAYBOOK, List.of(new SyncConnection(crm, crm)), List.of(linkedIn), CLOCK);
        LinkedInRequestLog log = SANDBOX.sandbox().linkedIn().logRequests(1_000, 1_000_000);

        RunSummary first = engine.run(RunOptions.SYNC);

        assertThat(first.audienceAdds().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(kit.calls("dmpSegments:create")).isEqualTo(2);
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(1);
        assertThat(kit.calls("dmpSegments:users")).isEqualTo(1);
        assertThat(store.setting("linkedin.segment.tier1.COMPANY")).isPresent();
        assertThat(kit.transport.everything()).doesNotContain("@").doesNotContainIgnoringCase("ceo@acme");

        kit.transport.clear();
        CLOCK.advance(Duration.ofMinutes(1));
        engine.run(RunOptions.SYNC);
        assertThat(kit.transport.sent()).noneMatch(r -> r.url().endsWith("/companies") || r.url().endsWith("/users")
                || (r.method().equals("POST") && r.url().endsWith("/dmpSegments")));
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(1);
        assertThat(kit.calls("dmpSegments:users")).isEqualTo(1);

        // Globex leaves the ICP: one removal call per segment, nothing created.
        CLOCK.advance(Duration.ofMinutes(1));
        crm.put(account("A2", "globex.com", "Retail"));
        RunSummary third = engine.run(RunOptions.SYNC);
        assertThat(third.audienceRemoves().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(2);
        assertThat(kit.calls("dmpSegments:users")).isEqualTo(2);
        assertThat(kit.calls("dmpSegments:create")).isEqualTo(2);
        assertThat(linkedIn.members("tier1", List.of("acme.com", "globex.com"))).containsExactly("acme.com");

        // And comes back: re-added to both segments.
        CLOCK.advance(Duration.ofMinutes(1));
        crm.put(account("A2", "globex.com", "Computer Software"));
        RunSummary fourth = engine.run(RunOptions.SYNC);
        assertThat(fourth.audienceAdds().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(3);
        assertThat(kit.calls("dmpSegments:create")).isEqualTo(2);
        assertThat(linkedIn.members("tier1", List.of("acme.com", "globex.com"))).containsExactlyInAnyOrder("acme.com", "globex.com");
        assertThat(kit.transport.everything()).doesNotContain("@");

        // No clear-text e-mail ever reached LinkedIn: checked on what the sandbox received, whole.
        SANDBOX.sandbox().linkedIn().stopLoggingRequests();
        assertThat(log.dropped()).isZero();
        assertThat(log.truncated()).isZero();
        assertThat(log.entries()).filteredOn(LinkedInRequestLog.Entry::isMemberBatch)
                .anySatisfy(e -> assertThat(e.path()).endsWith("/users"));
        assertThat(log.everything()).doesNotContain("@").doesNotContainIgnoringCase("ceo@acme")
                .doesNotContainIgnoringCase("vp@globex").doesNotContainIgnoringCase("%40").contains(LinkedInEmailHash.of("ceo@acme.com"),
                        LinkedInEmailHash.of("vp@globex.com"));
    }

    @Test
    void aRemovalBelowTheMinimumIsHeldBackAsADeadLetterUntilThereIsRoom() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        InMemoryCrm crm = new InMemoryCrm("crm", CLOCK, 50);
        crm.put(account("B1", "hooli.com", "Computer Software"));
        crm.put(account("B2", "stark.com", "Computer Software"));
        StateStore store = StateStore.open(TestDatabases.freshH2());
        LinkedInAudienceDestination linkedIn = kit.connector(kit.config().sourcePlatform("GUARD_TEST").minimumAudienceSize(2).build())
                .audienceDestination(new StateStoreLinkedInSegmentRegistry(store, "linkedin"), LinkedInMemberDetails.NONE);
        SyncEngine engine = new SyncEngine(store, PLAYBOOK, List.of(new SyncConnection(crm, crm)), List.of(linkedIn), CLOCK);
        engine.run(RunOptions.SYNC);
        assertThat(linkedIn.members("tier1", List.of("hooli.com", "stark.com"))).hasSize(2);

        CLOCK.advance(Duration.ofMinutes(1));
        crm.put(account("B2", "stark.com", "Retail"));
        RunSummary held = engine.run(RunOptions.SYNC);
        assertThat(held.deadLettered()).containsEntry("linkedin", 1);
        assertThat(store.deadLetters()).singleElement().satisfies(d -> assertThat(d.reason()).contains("held back", "minimum of 2"));
        assertThat(linkedIn.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("held back 1 removal"));
        assertThat(linkedIn.members("tier1", List.of("stark.com"))).containsExactly("stark.com");

        CLOCK.advance(Duration.ofMinutes(1));
        crm.put(account("B3", "wayne.com", "Computer Software"));
        engine.run(RunOptions.SYNC);
        assertThat(store.deadLetters()).isEmpty();
        assertThat(linkedIn.members("tier1", List.of("hooli.com", "stark.com", "wayne.com")))
                .containsExactlyInAnyOrder("hooli.com", "wayne.com");
    }
}
