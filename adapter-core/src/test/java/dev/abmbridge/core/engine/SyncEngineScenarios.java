package dev.abmbridge.core.engine;

import dev.abmbridge.core.engine.Checkpoint.Step;
import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountDirectory;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.file.FileSourceConnector;
import dev.abmbridge.core.spi.testing.InMemoryAudiences;
import dev.abmbridge.core.spi.testing.InMemoryCrm;
import dev.abmbridge.core.spi.testing.InMemoryEngagement;
import dev.abmbridge.core.spi.testing.MutableClock;
import dev.abmbridge.core.state.DeadLetter;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's behaviour end to end with the in-memory CRM and audiences, on a state store the subclass provides
 * (H2, PostgreSQL): the same scenarios on each database.
 */
abstract class SyncEngineScenarios {

    static final TitleParser TITLES = new TitleParser();

    static final String PLAYBOOK = """
            version: 1
            name: engine test
            icp:
              minScore: 60
              criteria:
                - { id: industry, label: Software, weight: 50, when: { field: industry, contains: software } }
                - { id: size, label: 200 plus, weight: 30, when: { field: employees, atLeast: 200 } }
                - { id: region, label: NA, weight: 20, when: { field: region, equals: NA } }
              tiers:
                - { name: Tier 1, minScore: 80 }
                - { name: Tier 2, minScore: TIER2 }
            buyingRoles:
              rules:
                - role: Decision Maker
                  when: { field: seniority, in: [C_LEVEL, VP] }
                - role: Champion
                  when: { field: function, in: [MARKETING, SALES] }
                - role: End User
              committee: [Decision Maker, Champion]
            audiences:
              - id: tier1
                name: Tier 1 companies
                accounts: { field: tier, equals: Tier 1 }
                destinations: [ads]
              - id: tier1-dm
                name: Tier 1 decision makers
                accounts: { field: tier, equals: Tier 1 }
                contacts: { field: role, equals: Decision Maker }
                destinations: [ads]
            """;

    final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T08:00:00Z"));

    /** A new, empty database for each call. */
    abstract DataSource newDatabase();

    static Playbook playbook(int tier2) {
        return new PlaybookLoader().parse("test.yml", PLAYBOOK.replace("TIER2", Integer.toString(tier2)));
    }

    static Account account(String id, String domain, String industry, long employees, Region region) {
        return new Account(id, "crm", "Company " + id, domain, industry, employees, null,
                region == Region.NA ? "US" : "DE", region, null, null, null, List.of(), null, null);
    }

    static Contact contact(String id, String accountId, String email, String title) {
        return new Contact(id, "crm", accountId, email, "First", "Last", title, null, null, null, null);
    }

    /** Seven accounts at one instant (ties on modifiedAt) and their contacts. */
    void seed(InMemoryCrm crm) {
        Instant t = clock.instant();
        crm.put(account("A1", "acme.com", "Computer Software", 500, Region.NA), t, null);
        crm.put(account("A2", "globex.com", "Computer Software", 300, Region.EMEA), t, null);
        crm.put(account("A3", "initech.com", "Retail", 50, Region.NA), t, null);
        crm.put(account("A4", "umbrella.com", "Enterprise Software", 1000, Region.NA), t, null);
        crm.put(account("A5", "hooli.com", "Banking", 5000, Region.EMEA), t, null);
        crm.put(account("A6", "stark.com", "Software", 20, Region.NA), t, null);
        crm.put(account("A7", "wayne.com", "Software", 250, Region.NA), t, null);
        crm.put(contact("C1", "A1", "ceo@acme.com", "CEO"), t);
        crm.put(contact("C2", "A1", "cmo@acme.com", "Marketing Manager"), t);
        crm.put(contact("C3", "A4", "vp@umbrella.com", "VP Engineering"), t);
        crm.put(contact("C4", "A2", "dev@globex.com", "Software Engineer"), t);
        crm.put(contact("C5", "A7", "cfo@wayne.com", "Chief Executive Officer"), t);
    }

    record World(StateStore store, InMemoryCrm crm, InMemoryAudiences ads) {
    }

    World world(DataSource db) {
        InMemoryCrm crm = new InMemoryCrm("crm", clock, 3);
        seed(crm);
        return new World(StateStore.open(db), crm, new InMemoryAudiences("ads", 2));
    }

    SyncEngine engine(World w, Playbook playbook, Checkpoint checkpoint) {
        EngineSettings settings = EngineSettings.DEFAULTS.withPageSize(2).withChunkSize(3)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        return new SyncEngine(w.store(), playbook, TITLES, List.of(new SyncConnection(w.crm(), w.crm())),
                List.of(w.ads()), settings, clock, checkpoint);
    }

    RunSummary run(World w) {
        clock.advance(Duration.ofMinutes(1));
        return engine(w, playbook(60), Checkpoint.NONE).run(RunOptions.SYNC);
    }

    @Test
    void firstRunWritesOwnedFieldsWithTheMinimumNumberOfCalls() {
        World w = world(newDatabase());

        RunSummary s = run(w);

        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.TIER, "Tier 1")
                .containsEntry(OwnedFields.FIT_SCORE, "100").containsEntry(OwnedFields.IS_ICP, "true")
                .containsEntry(OwnedFields.COVERAGE, "100");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A3")).containsEntry(OwnedFields.FIT_SCORE, "20")
                .containsEntry(OwnedFields.IS_ICP, "false").doesNotContainKey(OwnedFields.TIER);
        assertThat(w.crm().owned(RecordKind.CONTACT, "C1")).containsEntry(OwnedFields.ROLE, "Decision Maker")
                .containsEntry(OwnedFields.SENIORITY, "C_LEVEL");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1").get(OwnedFields.REASON)).startsWith("Tier 1, fit 100, ICP.");
        // 7 accounts and 5 contacts, batches of 3: ceil(7/3) + ceil(5/3) = 5 calls.
        assertThat(s.recordsRead()).containsEntry("crm", 12);
        assertThat(w.crm().writeCalls()).isEqualTo(5);
        assertThat(s.sinkCalls()).containsEntry("crm", 5);
        assertThat(s.writes().get("crm")).containsEntry("Account", new RunSummary.Traffic(7, 3))
                .containsEntry("Contact", new RunSummary.Traffic(5, 2));
        assertThat(s.reads().get("crm").get("Account").records()).isEqualTo(7);
        assertThat(s.reads().get("crm").get("Contact").records()).isEqualTo(5);
        assertThat(s.audienceCalls().keySet()).anyMatch(k -> k.endsWith("/tier1"));
        assertThat(w.ads().audiences().get("tier1"))
                .containsExactlyInAnyOrder("acme.com", "globex.com", "umbrella.com", "wayne.com");
        assertThat(w.ads().audiences().get("tier1-dm")).hasSize(3);
        assertThat(w.store().audit()).isNotEmpty().allSatisfy(a -> assertThat(a.playbookHash()).isEqualTo(playbook(60).hash()));
    }

    @Test
    void handOversAboveTheBulkThresholdAreOneBulkWriteCountedWithTheCallsItMade() {
        World w = world(newDatabase());
        w.crm().enableBulk(5, 4, 4); // hand-overs of up to 5, in bulk above 4, 4 calls per bulk write
        w.crm().reject("C3");

        RunSummary s = run(w);

        // accounts: a hand-over of 5 (bulk) then the remaining 2 in one call of 3; contacts: one hand-over of 5 (bulk)
        assertThat(w.crm().bulkWrites()).isEqualTo(2);
        assertThat(w.crm().writeCalls()).isEqualTo(1);
        assertThat(s.sinkCalls()).containsEntry("crm", 4 + 1 + 4);
        // the minimum counts each bulk write at the calls it costs at the least, not as one call
        assertThat(s.plannedBatches()).containsEntry("crm", 4 + 1 + 4);
        assertThat(s.recordsWritten()).containsEntry("crm", 11);
        assertThat(w.store().deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("C3");
            assertThat(d.reason()).contains("FIELD_CUSTOM_VALIDATION_EXCEPTION");
        });
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(w.crm().owned(RecordKind.CONTACT, "C1")).containsEntry(OwnedFields.ROLE, "Decision Maker");

        w.crm().accept("C3");
        w.crm().resetCounters();
        RunSummary second = run(w);
        assertThat(second.recordsWritten()).containsEntry("crm", 1); // the dead letter, in an ordinary call
        assertThat(w.crm().bulkWrites()).isZero();
        assertThat(run(w).totalSinkCalls()).isZero();
    }

    /**
     * A system that is both a sink and an audience destination (HubSpot lists, Salesforce Campaigns): each stream's
     * fewest calls come from its own batch size, not from whichever of the two was registered last.
     */
    @Test
    void aSinkAndAnAudienceDestinationOfOneSystemArePlannedWithTheirOwnBatchSizes() {
        World w = world(newDatabase());
        InMemoryAudiences lists = new InMemoryAudiences("crm", 10); // the CRM's lists: 10 members a call
        Playbook playbook = new PlaybookLoader().parse("test.yml",
                PLAYBOOK.replace("TIER2", "60").replace("destinations: [ads]", "destinations: [crm]"));
        EngineSettings settings = EngineSettings.DEFAULTS.withPageSize(2).withChunkSize(3)
                .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
        SyncEngine engine = new SyncEngine(w.store(), playbook, TITLES, List.of(new SyncConnection(w.crm(), w.crm())),
                List.of(lists), settings, clock, Checkpoint.NONE);

        RunSummary plan = engine.run(RunOptions.DRY_RUN);

        // fields, 3 a call: ceil(7/3) + ceil(5/3) = 5; lists, 10 a call: tier1 (4 companies) 1, tier1-dm (3) 1
        assertThat(plan.plannedBatches()).containsEntry("crm", 5 + 1 + 1);
        assertThat(plan.plannedAudienceCalls()).containsEntry("crm/tier1", 1).containsEntry("crm/tier1-dm", 1);
        assertThat(ReportRenderer.html(plan)).contains("<tr><td>crm/tier1</td><td class=\"num\">4</td>"
                + "<td class=\"num\">0</td><td class=\"num\">1</td>");
        assertThat(ReportRenderer.console(plan)).containsPattern("crm +\\d+ +12 +7 +0 +0\\n")
                .containsPattern("audience crm/tier1 +\\+4 +-0 +1 min calls");

        RunSummary run = engine.run(RunOptions.SYNC);

        assertThat(w.crm().writeCalls()).isEqualTo(5);
        assertThat(lists.applyCalls()).isEqualTo(2);
        assertThat(run.sinkCalls()).containsEntry("crm", 7);
        assertThat(run.plannedBatches()).containsEntry("crm", 7);
        assertThat(run.plannedAudienceCalls()).isEqualTo(run.audienceCalls());
    }

    /**
     * A destination that is one of the synced systems (HubSpot lists, Salesforce Campaigns) can only hold records it
     * has: members known only to another source are left out and counted, never sent to be refused on every run.
     */
    @Test
    void anAudienceInASyncedSystemHoldsOnlyThatSystemsOwnRecords(@TempDir Path dir) throws IOException {
        World w = world(newDatabase());
        // Another source knows a Tier 1 company the CRM does not, and a decision maker of acme.com the CRM lacks.
        Files.writeString(dir.resolve("accounts.csv"), """
                id,name,domain,industry,employees,country
                F1,Initrode,initrode.com,Computer Software,900,United States
                F2,Acme,acme.com,Computer Software,500,United States
                """);
        Files.writeString(dir.resolve("contacts.csv"), """
                id,accountId,email,firstName,lastName,title,country
                P1,F2,coo@acme.com,Ada,Lovelace,Chief Operating Officer,United States
                P2,F1,ceo@initrode.com,Bob,Builder,CEO,United States
                """);
        InMemoryAudiences lists = new InMemoryAudiences("crm", 10);
        Playbook playbook = new PlaybookLoader().parse("test.yml",
                PLAYBOOK.replace("TIER2", "60").replace("destinations: [ads]", "destinations: [crm]"));
        SyncEngine engine = new SyncEngine(w.store(), playbook, TITLES,
                List.of(new SyncConnection(w.crm(), w.crm()), SyncConnection.readOnly(new FileSourceConnector("file",
                        dir.resolve("accounts.csv"), dir.resolve("contacts.csv")))),
                List.of(lists), EngineSettings.DEFAULTS, clock, Checkpoint.NONE);
        clock.advance(Duration.ofMinutes(1));

        RunSummary run = engine.run(RunOptions.SYNC);

        // Tier 1 in the CRM: acme, globex, umbrella, wayne; initrode.com is Tier 1 but only in the file.
        assertThat(lists.audiences().get("tier1")).containsExactlyInAnyOrder("acme.com", "globex.com", "umbrella.com",
                "wayne.com");
        // Decision makers the CRM has; the file's two (coo@acme.com, ceo@initrode.com) are left out.
        assertThat(lists.audiences().get("tier1-dm")).containsExactlyInAnyOrder(SnapshotCodec.sha256("ceo@acme.com"),
                SnapshotCodec.sha256("vp@umbrella.com"), SnapshotCodec.sha256("cfo@wayne.com"));
        assertThat(run.audienceNotInSystem()).containsEntry("crm/tier1", 1).containsEntry("crm/tier1-dm", 2);
        assertThat(run.totalDeadLettered()).isZero();
        assertThat(ReportRenderer.console(run)).contains("(2 members not in crm, left out)");
        assertThat(ReportRenderer.html(run)).contains("not in the system");
    }

    /**
     * A webhook's changed records are read by id and synced at once; the cursors stay put, so the next full pull
     * still reads every other change, and the targeted records again (unchanged, so without a write).
     */
    @Test
    void aRunForGivenRecordsReadsOnlyThemAndLeavesTheCursorsForTheNextFullPull() {
        World w = world(newDatabase());
        run(w);
        Cursor accounts = w.store().cursor("crm", RecordKind.ACCOUNT);
        Cursor contacts = w.store().cursor("crm", RecordKind.CONTACT);
        clock.advance(Duration.ofMinutes(1));
        // Initech (A3) becomes a large software company; Hooli (A5) changes too, but no webhook says so.
        w.crm().put(account("A3", "initech.com", "Computer Software", 5000, Region.NA), clock.instant(), null);
        w.crm().put(account("A5", "hooli.com", "Computer Software", 5000, Region.EMEA), clock.instant(), null);
        w.crm().resetCounters();

        RunSummary targeted = engine(w, playbook(60), Checkpoint.NONE).run(
                RunOptions.records("crm", Map.of(RecordKind.ACCOUNT, Set.of("A3")), false));

        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A3")).containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A5")).containsEntry(OwnedFields.FIT_SCORE, "30");
        assertThat(w.crm().readCalls()).isEqualTo(1);
        assertThat(w.crm().pageCalls()).isZero();
        assertThat(targeted.recordsRead()).containsEntry("crm", 1);
        assertThat(targeted.recordsToWrite()).containsEntry("crm", 1);
        assertThat(w.ads().audiences().get("tier1")).contains("initech.com");
        assertThat(w.store().cursor("crm", RecordKind.ACCOUNT)).isEqualTo(accounts);
        assertThat(w.store().cursor("crm", RecordKind.CONTACT)).isEqualTo(contacts);

        clock.advance(Duration.ofMinutes(1));
        RunSummary full = engine(w, playbook(60), Checkpoint.NONE).run(RunOptions.SYNC);

        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A5")).containsEntry(OwnedFields.TIER, "Tier 1");
        // The full pull reads from the unmoved cursors (the first run's echoes included): of what it reads, only
        // A5 is a change, and only A5 needs a write; A3 holds its values already.
        assertThat(full.recordsChanged()).isEqualTo(1);
        assertThat(full.recordsToWrite()).containsEntry("crm", 1);
    }

    @Test
    void recordsOfASystemThatIsNoSourceAreRefusedBeforeTheRunStarts() {
        World w = world(newDatabase());

        assertThatThrownBy(() -> engine(w, playbook(60), Checkpoint.NONE).run(
                RunOptions.records("hubspot", Map.of(RecordKind.ACCOUNT, Set.of("1")), false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a source");
        assertThat(w.store().recentRuns(10)).isEmpty();
    }

    @Test
    void aFailedBulkWriteIsRetriedAndItsCallsAreCounted() {
        World w = world(newDatabase());
        w.crm().enableBulk(20, 4, 3);
        w.crm().failNextCalls(1, Duration.ofMillis(1));

        RunSummary s = run(w);

        // accounts (7) and contacts (5): one bulk write each, the first tried twice
        assertThat(w.crm().bulkWrites()).isEqualTo(3);
        assertThat(w.crm().writeCalls()).isZero();
        assertThat(s.sinkCalls()).containsEntry("crm", 3 * 3);
        assertThat(s.plannedBatches()).containsEntry("crm", 2 * 3); // the retry is not part of the minimum
        assertThat(w.store().deadLetters()).isEmpty();
    }

    @Test
    void theStatusPageReadViewsAndExplainSeeWhatTheRunWrote() {
        World w = world(newDatabase());
        RunSummary s = run(w);

        assertThat(w.store().recentRuns(5)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(s.runId());
            assertThat(r.status()).isEqualTo("SUCCEEDED");
            assertThat(r.summary()).isNotBlank();
        });
        // A1, A2, A4 and A7 score 80 or more; A6 scores 70.
        assertThat(w.store().accountsByHeldValue(OwnedFields.TIER)).isEqualTo(Map.of("Tier 1", 4, "Tier 2", 1));
        assertThat(w.store().accountsByHeldValue(OwnedFields.FIT_SCORE)).containsEntry("100", 3).containsEntry("80", 1);
        assertThat(w.store().audienceSizes()).contains(new dev.abmbridge.core.state.AudienceSize("ads", "tier1",
                dev.abmbridge.core.spi.MemberChange.MemberKind.COMPANY, 4));
        assertThat(w.store().accountKeysOf("A1")).containsExactly("d:acme.com");

        StoredAccountExplainer explainer = new StoredAccountExplainer(w.store(), playbook(60), TITLES, List.of("crm"));
        assertThat(explainer.explain("A1")).hasValueSatisfying(r -> {
            assertThat(r.insight().fitScore()).isEqualTo(100);
            assertThat(r.insight().tier()).isEqualTo("Tier 1");
            assertThat(r.contacts()).hasSize(2);
            assertThat(r.coverage().percent()).isEqualTo(100);
        });
        assertThat(explainer.explain("https://www.umbrella.com/")).hasValueSatisfying(r ->
                assertThat(r.account().id()).isEqualTo("A4"));
        assertThat(explainer.explain("nobody.example")).isEmpty();
    }

    @Test
    void aSecondRunWithNoSourceChangeWritesNothing() {
        World w = world(newDatabase());
        run(w);
        w.crm().resetCounters();
        int adds = w.ads().applyCalls();

        RunSummary second = run(w);

        assertThat(w.crm().writeCalls()).isZero();
        assertThat(w.ads().applyCalls()).isEqualTo(adds);
        assertThat(second.totalRecordsToWrite()).isZero();
        assertThat(second.recordsChanged()).as("our own writes read back are not changes").isZero();
        RunSummary third = run(w);
        assertThat(third.totalRecordsRead()).isZero();
        assertThat(third.totalSinkCalls()).isZero();
    }

    @Test
    void incrementalPullReadsOnlyChangedRecordsAndWritesOnlyTheirChangedFields() {
        World w = world(newDatabase());
        run(w);
        run(w);
        w.crm().resetCounters();
        clock.advance(Duration.ofMinutes(5));
        Instant t = clock.instant();
        w.crm().put(account("A3", "initech.com", "Computer Software", 900, Region.NA), t, null);
        w.crm().put(account("A0", "newco.com", "Retail", 10, Region.EMEA), t, null);

        RunSummary s = run(w);

        assertThat(s.recordsRead()).containsEntry("crm", 2);
        assertThat(w.crm().writeCalls()).isEqualTo(1);
        assertThat(w.crm().writesPerRecord()).containsOnlyKeys("ACCOUNT/A0", "ACCOUNT/A3");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A3")).containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(s.tierMoves()).containsEntry("none → Tier 1", 1);
        assertThat(w.ads().audiences().get("tier1")).contains("initech.com");
    }

    @Test
    void aLookUpDirectoryFollowsEachSyncAndAFreshOneIsFilledFromSnapshotsWithoutReads() {
        World w = world(newDatabase());
        AccountDirectory directory = new AccountDirectory();
        SyncEngine first = engine(w, playbook(60), Checkpoint.NONE);
        first.observeAccounts(directory);
        clock.advance(Duration.ofMinutes(1));
        first.run(RunOptions.SYNC);

        assertThat(directory.size()).isEqualTo(7);
        AccountCard acme = directory.byDomain("https://www.acme.com/pricing").orElseThrow();
        assertThat(acme).isEqualTo(new AccountCard("acme.com", "Company A1", "Tier 1", true, 100, 100, List.of(),
                List.of("tier1", "tier1-dm")));
        assertThat(directory.byEmail("Visitor@ACME.com")).contains(acme);
        assertThat(directory.byDomain("initech.com").orElseThrow().tier()).isNull();
        assertThat(directory.byDomain("unknown.example.org")).isEmpty();

        // A3 grows into Tier 1 and A6 moves to another domain: the next sync updates both entries.
        clock.advance(Duration.ofMinutes(5));
        w.crm().put(account("A3", "initech.com", "Computer Software", 900, Region.NA), clock.instant(), null);
        w.crm().put(account("A6", "stark-industries.com", "Software", 20, Region.NA), clock.instant(), null);
        clock.advance(Duration.ofMinutes(1));
        first.run(RunOptions.SYNC);

        assertThat(directory.byDomain("initech.com").orElseThrow().tier()).isEqualTo("Tier 1");
        assertThat(directory.byDomain("stark.com")).isEmpty();
        assertThat(directory.byDomain("stark-industries.com")).isPresent();
        assertThat(directory.size()).isEqualTo(7);

        // A process that starts later fills its directory from the snapshots alone.
        w.crm().resetCounters();
        AccountDirectory fresh = new AccountDirectory();
        SyncEngine later = engine(w, playbook(60), Checkpoint.NONE);
        later.observeAccounts(fresh);

        assertThat(later.evaluateAll()).isEqualTo(7);
        assertThat(fresh.byDomain("initech.com")).isEqualTo(directory.byDomain("initech.com"));
        assertThat(fresh.byDomain("acme.com")).contains(acme);
        assertThat(fresh.size()).isEqualTo(7);
        assertThat(w.crm().readCalls() + w.crm().pageCalls()).isZero();
        assertThat(w.crm().writeCalls()).isZero();
    }

    @Test
    void aPlaybookChangeReevaluatesFromSnapshotsWithZeroReads() {
        World w = world(newDatabase());
        run(w);
        w.crm().resetCounters();
        clock.advance(Duration.ofMinutes(1));

        RunSummary s = engine(w, playbook(25), Checkpoint.NONE).run(RunOptions.REEVALUATE);

        assertThat(w.crm().pageCalls()).isZero();
        assertThat(w.crm().readCalls()).isZero();
        assertThat(s.totalRecordsRead()).isZero();
        assertThat(s.accountsEvaluated()).isEqualTo(7);
        // Tier 2 from 25 instead of 60: only hooli (fit 30) moves.
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A5")).containsEntry(OwnedFields.TIER, "Tier 2");
        assertThat(w.crm().writesPerRecord()).containsOnlyKeys("ACCOUNT/A5");
        assertThat(s.tierMoves()).containsExactly(Map.entry("none → Tier 2", 1));
    }

    static final String ENGAGEMENT_PLAYBOOK = """
            version: 1
            name: engagement test
            icp:
              minScore: 60
              criteria:
                - { id: industry, label: Software, weight: 50, when: { field: industry, contains: software } }
                - { id: engaged, label: Engaged, weight: 50, when: { field: engagement, atLeast: 50 } }
              tiers:
                - { name: Tier 1, minScore: 80 }
            buyingRoles:
              rules:
                - role: End User
              committee: [End User]
            audiences:
              - id: engaged
                name: Engaged companies
                accounts: { field: engagement, atLeast: 50 }
                destinations: [ads]
            """;

    @Test
    void engagementFromASourceMovesAccountsInAndOutOfAnAudienceAndUnchangedEngagementWritesNothing() {
        World w = world(newDatabase());
        Playbook playbook = new PlaybookLoader().parse("engagement.yml", ENGAGEMENT_PLAYBOOK);
        InMemoryEngagement engagement = new InMemoryEngagement("li").set("acme.com", 80).set("globex.com", 30)
                .set("not-in-the-crm.example", 95);
        SyncEngine engine = new SyncEngine(w.store(), playbook, TITLES, List.of(new SyncConnection(w.crm(), w.crm())),
                List.of(w.ads()), List.of(engagement), EngineSettings.DEFAULTS.withChunkSize(3), clock, Checkpoint.NONE);

        clock.advance(Duration.ofMinutes(1));
        RunSummary first = engine.run(RunOptions.SYNC);
        assertThat(engagement.fetches()).isEqualTo(1);
        assertThat(engagement.lastTo()).isEqualTo(LocalDate.parse("2025-04-30"));
        assertThat(engagement.lastFrom()).isEqualTo(LocalDate.parse("2025-04-01"));
        assertThat(first.sourceCalls()).containsEntry("li", 1);
        assertThat(w.ads().audiences().get("engaged")).containsExactly("acme.com");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.FIT_SCORE, "100")
                .containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A2")).containsEntry(OwnedFields.FIT_SCORE, "50");

        // Same day: the window has not moved, so no fetch, and nothing to write.
        w.crm().resetCounters();
        int applyCalls = w.ads().applyCalls();
        clock.advance(Duration.ofMinutes(1));
        RunSummary sameDay = engine.run(RunOptions.SYNC);
        assertThat(engagement.fetches()).isEqualTo(1);
        assertThat(sameDay.totalRecordsToWrite()).isZero();
        assertThat(w.crm().writeCalls()).isZero();
        assertThat(w.ads().applyCalls()).isEqualTo(applyCalls);

        // Next day, unchanged scores: one fetch, nothing re-evaluated into a write.
        clock.advance(Duration.ofDays(1));
        RunSummary unchanged = engine.run(RunOptions.SYNC);
        assertThat(engagement.fetches()).isEqualTo(2);
        assertThat(unchanged.engagementChanges()).isZero();
        assertThat(unchanged.accountsEvaluated()).isZero();
        assertThat(unchanged.totalRecordsToWrite()).isZero();
        assertThat(w.crm().writeCalls()).isZero();
        assertThat(w.ads().applyCalls()).isEqualTo(applyCalls);

        // Globex engages, Acme cools down: both move, only their accounts are written.
        engagement.set("acme.com", 40).set("globex.com", 60);
        clock.advance(Duration.ofDays(1));
        RunSummary moved = engine.run(RunOptions.SYNC);
        assertThat(moved.engagementChanges()).isEqualTo(2);
        assertThat(moved.accountsEvaluated()).isEqualTo(2);
        assertThat(moved.audienceAdds()).containsEntry("ads/engaged", 1);
        assertThat(moved.audienceRemoves()).containsEntry("ads/engaged", 1);
        assertThat(w.ads().audiences().get("engaged")).containsExactly("globex.com");
        assertThat(w.crm().writesPerRecord()).containsOnlyKeys("ACCOUNT/A1", "ACCOUNT/A2");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A2")).containsEntry(OwnedFields.FIT_SCORE, "100");
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.FIT_SCORE, "50")
                .doesNotContainKey(OwnedFields.TIER);

        // The source is down: the stored scores stand, and the next run asks again.
        engagement.unavailable(true);
        clock.advance(Duration.ofDays(1));
        RunSummary down = engine.run(RunOptions.SYNC);
        assertThat(down.totalRecordsToWrite()).isZero();
        assertThat(w.ads().audiences().get("engaged")).containsExactly("globex.com");
        engagement.unavailable(false);
        engagement.remove("globex.com");
        clock.advance(Duration.ofMinutes(1));
        RunSummary gone = engine.run(RunOptions.SYNC);
        assertThat(engagement.fetches()).isEqualTo(5);
        assertThat(gone.engagementChanges()).isEqualTo(1);
        assertThat(w.ads().audiences().get("engaged")).isEmpty();

        // A playbook change re-evaluates from the snapshots and the stored scores, reading nothing.
        clock.advance(Duration.ofDays(1));
        engagement.set("globex.com", 60);
        new SyncEngine(w.store(), playbook, TITLES, List.of(new SyncConnection(w.crm(), w.crm())), List.of(w.ads()),
                List.of(engagement), EngineSettings.DEFAULTS, clock, Checkpoint.NONE).run(RunOptions.REEVALUATE);
        assertThat(engagement.fetches()).isEqualTo(5);

        // The source is taken out of the configuration: its stored scores no longer count, everything re-evaluates.
        SyncEngine without = new SyncEngine(w.store(), playbook, TITLES, List.of(new SyncConnection(w.crm(), w.crm())),
                List.of(w.ads()), List.of(), EngineSettings.DEFAULTS, clock, Checkpoint.NONE);
        clock.advance(Duration.ofMinutes(1));
        RunSummary dropped = without.run(RunOptions.SYNC);
        assertThat(dropped.accountsEvaluated()).isEqualTo(7);
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.FIT_SCORE, "50");
        clock.advance(Duration.ofMinutes(1));
        assertThat(without.run(RunOptions.SYNC).accountsEvaluated()).isZero();
    }

    @Test
    void anAdminEditOfAnOwnedFieldIsPutBack() {
        World w = world(newDatabase());
        run(w);
        clock.advance(Duration.ofMinutes(1));
        w.crm().editOwned(RecordKind.ACCOUNT, "A1", OwnedFields.TIER, "Tier 9");
        w.crm().resetCounters();

        run(w);

        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.TIER, "Tier 1");
        assertThat(w.crm().writesPerRecord()).containsOnlyKeys("ACCOUNT/A1");
    }

    @Test
    void aRejectedRecordIsADeadLetterRetriedEachRunUntilItLands() {
        World w = world(newDatabase());
        w.crm().reject("A2");

        run(w);

        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsKey(OwnedFields.TIER);
        List<DeadLetter> dead = w.store().deadLetters();
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("A2");
            assertThat(d.reason()).contains("FIELD_CUSTOM_VALIDATION_EXCEPTION");
            assertThat(d.attempts()).isEqualTo(1);
        });
        run(w);
        assertThat(w.store().deadLetters()).singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(2));

        w.crm().accept("A2");
        run(w);
        assertThat(w.store().deadLetters()).isEmpty();
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A2")).containsEntry(OwnedFields.FIT_SCORE, "80");
    }

    @Test
    void aDiscardedDeadLetterIsKeptButNotRetried() {
        World w = world(newDatabase());
        w.crm().reject("A2");
        run(w);
        assertThat(w.store().discardDeadLetter("crm", "ACCOUNT", "A2")).isTrue();
        w.crm().resetCounters();

        run(w);

        assertThat(w.crm().writeCalls()).isZero();
        assertThat(w.store().deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.discarded()).isTrue();
            assertThat(d.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aThrottledCallIsRetriedWithBackoffHonouringRetryAfter() {
        World w = world(newDatabase());
        w.crm().failNextCalls(2, Duration.ofMillis(2));

        RunSummary s = run(w);

        assertThat(w.crm().writeCalls()).isEqualTo(5 + 2);
        assertThat(s.sinkCalls()).containsEntry("crm", 7);
        assertThat(w.store().deadLetters()).isEmpty();
    }

    @Test
    void aCallFailingEveryRetryLeavesDeadLettersThatTheNextRunClears() {
        World w = world(newDatabase());
        w.crm().failNextCalls(EngineSettings.DEFAULTS.maxAttempts(), null);

        run(w);
        assertThat(w.store().deadLetters()).hasSize(3).allSatisfy(d -> assertThat(d.reason()).contains("429"));

        run(w);
        assertThat(w.store().deadLetters()).isEmpty();
        assertThat(w.crm().owned(RecordKind.ACCOUNT, "A1")).containsEntry(OwnedFields.TIER, "Tier 1");
    }

    @Test
    void aDryRunPlansWithoutWritingAndTheNextRealRunAppliesThePlan() {
        World w = world(newDatabase());
        clock.advance(Duration.ofMinutes(1));

        RunSummary dry = engine(w, playbook(60), Checkpoint.NONE).run(RunOptions.DRY_RUN);

        assertThat(w.crm().writeCalls()).isZero();
        assertThat(w.ads().applyCalls()).isZero();
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.recordsToWrite()).containsEntry("crm", 12);
        assertThat(dry.plannedBatches()).containsEntry("crm", 5);
        assertThat(dry.fieldChanges().get("crm")).containsEntry(OwnedFields.TIER, 5);
        assertThat(dry.audienceAdds()).containsEntry("ads/tier1", 4).containsEntry("ads/tier1-dm", 3);
        assertThat(dry.samples()).isNotEmpty();
        assertThat(ReportRenderer.console(dry)).contains("crm").contains("tier");
        assertThat(ReportRenderer.html(dry)).startsWith("<!DOCTYPE html>").contains("ads/tier1").doesNotContain("<script src");
        assertThat(ReportRenderer.json(dry)).contains("\"dryRun\":true");

        RunSummary real = run(w);
        assertThat(real.recordsToWrite()).containsEntry("crm", 12);
        assertThat(w.crm().writeCalls()).isEqualTo(5);
    }

    @Test
    void runsAreStoredWithTheirSummaries() {
        World w = world(newDatabase());
        RunSummary s = run(w);
        assertThat(w.store().run(s.runId())).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo("SUCCEEDED");
            assertThat(r.summary()).contains("\"recordsRead\"");
        });
    }

    /** A crash at the n-th time a run reaches a step. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(Step step, int n) {
            super("simulated crash at " + step + " #" + n);
        }
    }

    static Checkpoint crashAt(Step step, int nth) {
        int[] seen = {0};
        return s -> {
            if (s == step && ++seen[0] == nth) {
                throw new SimulatedCrash(step, nth);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAtAnyStepThenARestartGivesTheStateOfAnUninterruptedRun(Step step) {
        World reference = world(newDatabase());
        run(reference);
        Map<String, Map<String, String>> expectedOwned = reference.crm().allOwned();
        var expectedAudiences = reference.ads().audiences();
        int crashes = 0;
        for (int nth = 1; ; nth++) {
            World w = world(newDatabase());
            clock.advance(Duration.ofMinutes(1));
            try {
                engine(w, playbook(60), crashAt(step, nth)).run(RunOptions.SYNC);
                break; // the step is reached fewer than nth times: every crash point has been tried
            } catch (SimulatedCrash expected) {
                crashes++;
            }

            run(w);

            assertThat(w.crm().allOwned()).as("owned values after a crash at %s #%d", step, nth).isEqualTo(expectedOwned);
            assertThat(w.ads().audiences()).as("audiences after a crash at %s #%d", step, nth).isEqualTo(expectedAudiences);
            assertThat(w.crm().writesPerRecord().values()).as("no record written twice").allMatch(n -> n == 1);
            assertThat(w.ads().addsPerMember().values()).as("no member added twice").allMatch(n -> n == 1);
            assertThat(w.store().incompleteBatches()).isEmpty();
            assertThat(w.store().pendingCount()).isZero();
            w.crm().resetCounters();
            assertThat(run(w).totalSinkCalls()).isZero();
        }
        assertThat(crashes).isEqualTo(step == Step.AFTER_PULL ? 1 : 9); // 5 field batches and 4 audience batches
    }
}
