package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.AudienceReach;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.linkedin.client.LinkedInRequest;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.generator.DemoCompany;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming destination against the sandbox's LinkedIn emulator. */
class LinkedInAudienceDestinationTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(400, 400, 11).withClock(CLOCK)
            .withLinkedInLimits(100_000, 100_000));

    private LinkedInTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
    }

    private static MemberChange company(String domain, boolean add) {
        return new MemberChange(MemberKind.COMPANY, domain, add);
    }

    private static MemberChange contact(String email, boolean add) {
        return new MemberChange(MemberKind.CONTACT, LinkedInEmailHash.of(email), add);
    }

    private static List<MemberChange> companies(String prefix, int n, boolean add) {
        return IntStream.range(0, n).mapToObj(i -> company(prefix + i + ".example", add)).toList();
    }

    /** Sends changes the way the engine does: batches of at most maxBatchSize. */
    private static List<Outcome> push(LinkedInAudienceDestination d, String audience, List<MemberChange> changes) {
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i += d.maxBatchSize()) {
            out.addAll(d.apply(audience, changes.subList(i, Math.min(changes.size(), i + d.maxBatchSize()))));
        }
        return out;
    }

    @Test
    void onlyHashedEmailsLeaveTheProcessWithMatchingFieldsCut() {
        LinkedInMemberDirectory directory = new LinkedInMemberDirectory();
        dev.abmbridge.core.model.Contact jane = new dev.abmbridge.core.model.Contact("c1", "crm", "a1", "Jane.Doe@Acme.com",
                "Jane", "Doe-" + "x".repeat(40), "Vice President of Worldwide Revenue Operations and Strategy", "us", null, null, null);
        dev.abmbridge.core.model.Account acme = new dev.abmbridge.core.model.Account("a1", "crm", "Acme", "acme.com", null, null,
                null, "US", null, null, null, null, null, null, null);
        directory.put(jane, acme);
        LinkedInAudienceDestination d = kit.connector(kit.config().build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), directory);
        d.ensureAudience("committee", "Buying committee");
        dev.abmbridge.sandbox.linkedin.LinkedInRequestLog log = SANDBOX.sandbox().linkedIn().logRequests(100, 1_000_000);

        List<Outcome> outcomes;
        try {
            outcomes = d.apply("committee", List.of(contact("  Jane.Doe@Acme.com ", true), contact("bob@globex.com", true)));
        } finally {
            SANDBOX.sandbox().linkedIn().stopLoggingRequests();
        }

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        String sent = kit.transport.everything();
        assertThat(sent).doesNotContain("@").doesNotContainIgnoringCase("jane.doe").doesNotContain("bob");
        assertThat(sent).contains(LinkedInEmailHash.of("jane.doe@acme.com"), LinkedInEmailHash.of("bob@globex.com"));
        // The same from the sandbox's side: every request it received, whole, holds hashes only.
        assertThat(log.dropped()).isZero();
        assertThat(log.entries()).filteredOn(dev.abmbridge.sandbox.linkedin.LinkedInRequestLog.Entry::isMemberBatch)
                .singleElement().satisfies(e -> assertThat(e.truncated()).isFalse());
        assertThat(log.everything()).doesNotContain("@").doesNotContainIgnoringCase("%40")
                .doesNotContainIgnoringCase("jane.doe").doesNotContain("bob")
                .contains(LinkedInEmailHash.of("jane.doe@acme.com"), LinkedInEmailHash.of("bob@globex.com"));
        LinkedInRequest users = kit.transport.sent().stream().filter(r -> r.url().endsWith("/users")).findFirst().orElseThrow();
        assertThat(users.headers()).containsEntry("X-RestLi-Method", "BATCH_CREATE")
                .containsEntry("X-Restli-Protocol-Version", "2.0.0").containsEntry("LinkedIn-Version", "202611");
        assertThat(users.body()).contains("\"idType\":\"SHA256_EMAIL\"", "\"firstName\":\"Jane\"", "\"country\":\"US\"",
                "\"company\":\"Acme\"", "\"lastName\":\"Doe-" + "x".repeat(31) + "\"",
                "\"title\":\"" + "Vice President of Worldwide Revenue Operations and Strategy".substring(0, 50).strip() + "\"");
    }

    @Test
    void callsAreCeilOfChangesOverTheBatchLimit() {
        LinkedInAudienceDestination d = kit.connector(kit.config().batchLimit(1_000).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("big", "Big list");
        long before = kit.calls("dmpSegments:companies");

        List<Outcome> outcomes = push(d, "big", companies("big", 2_500, true));

        assertThat(outcomes).hasSize(2_500).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(kit.calls("dmpSegments:companies") - before).isEqualTo(3); // ceil(2500 / 1000)
        assertThat(d.maxBatchSize()).isEqualTo(1_000);
        assertThat(LinkedInConfig.builder().version("202611").adAccount("1").sourcePlatform("X").build().batchLimit())
                .isEqualTo(5_000);
    }

    @Test
    void segmentsAreFoundAgainAndNeverDuplicated() {
        InMemoryLinkedInSegmentRegistry registry = new InMemoryLinkedInSegmentRegistry();
        LinkedInConnector connector = kit.connector(kit.config().build());
        LinkedInAudienceDestination first = connector.audienceDestination(registry, LinkedInMemberDetails.NONE);
        first.ensureAudience("tier1", "Tier 1");
        first.apply("tier1", List.of(company("acme.com", true), contact("a@acme.com", true)));
        long creates = kit.calls("dmpSegments:create");
        String companyId = registry.segmentId("tier1", LinkedInSegmentType.COMPANY).orElseThrow();
        assertThat(registry.segmentId("tier1", LinkedInSegmentType.USER)).isPresent();

        LinkedInAudienceDestination sameRegistry = connector.audienceDestination(registry, LinkedInMemberDetails.NONE);
        sameRegistry.ensureAudience("tier1", "Tier 1");
        sameRegistry.apply("tier1", List.of(company("globex.com", true)));
        InMemoryLinkedInSegmentRegistry lost = new InMemoryLinkedInSegmentRegistry();
        LinkedInAudienceDestination lostRegistry = connector.audienceDestination(lost, LinkedInMemberDetails.NONE);
        lostRegistry.ensureAudience("tier1", "Tier 1");
        lostRegistry.apply("tier1", List.of(company("initech.com", true)));

        assertThat(kit.calls("dmpSegments:create")).isEqualTo(creates);
        assertThat(lost.segmentId("tier1", LinkedInSegmentType.COMPANY)).contains(companyId);
        assertThat(kit.transport.sent()).filteredOn(r -> r.method().equals("POST") && r.url().endsWith("/rest/dmpSegments"))
                .allSatisfy(r -> assertThat(r.body()).contains("\"sourcePlatform\":\"ABM_BRIDGE\"",
                        "\"account\":\"urn:li:sponsoredAccount:500000001\"", "\"sourceSegmentId\":\"tier1:"));
    }

    @Test
    void waitsForANewSegmentBeforeStreamingWithoutSleepingForReal() {
        LinkedInAudienceDestination d = kit.connector(kit.config().build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("fresh", "Fresh");
        d.apply("fresh", List.of(company("acme.com", true)));
        assertThat(kit.sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void perElementStatusesBecomeOutcomes() {
        LinkedInAudienceDestination d = kit.connector(kit.config().build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("mixed", "Mixed");
        List<Outcome> outcomes = d.apply("mixed", List.of(company("acme.com", true), company("not a domain", true)));
        assertThat(outcomes.get(0).status()).isEqualTo(Outcome.Status.OK);
        assertThat(outcomes.get(1).status()).isEqualTo(Outcome.Status.REJECTED);
        assertThat(outcomes.get(1).reason()).contains("400", "Invalid companyWebsiteDomain");
        assertThat(d.members("mixed", List.of("acme.com", "not a domain"))).containsExactly("acme.com");
    }

    @Test
    void removalsThatWouldLeaveFewerThanTheMinimumAreHeldBackWithAWarning() {
        LinkedInAudienceDestination d = kit.connector(kit.config().minimumAudienceSize(300).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("guarded", "Guarded");
        push(d, "guarded", companies("g", 310, true));
        long before = kit.calls("dmpSegments:companies");
        long recordsBefore = SANDBOX.sandbox().ledger().records("linkedin", "dmpSegments:companies");

        List<Outcome> outcomes = d.apply("guarded", companies("g", 25, false));

        assertThat(outcomes).filteredOn(o -> o.status() == Outcome.Status.OK).hasSize(10);
        assertThat(outcomes).filteredOn(o -> o.status() == Outcome.Status.RETRIABLE).hasSize(15)
                .allSatisfy(o -> assertThat(o.reason()).contains("held back", "300"));
        assertThat(kit.calls("dmpSegments:companies") - before).isEqualTo(1);
        assertThat(SANDBOX.sandbox().ledger().records("linkedin", "dmpSegments:companies") - recordsBefore).isEqualTo(10);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.audienceId()).isEqualTo("guarded");
            assertThat(w.message()).contains("held back 15 removal(s)", "at least 300");
        });

        // New members make room: the held-back removals go through when offered again.
        push(d, "guarded", companies("h", 20, true));
        assertThat(d.apply("guarded", companies("g", 25, false)))
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
    }

    @Test
    void statusAndMatchRateAreReadBackAndPolledUntilSettled() {
        LinkedInAudienceDestination d = kit.connector(kit.config().build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("matched", "Matched");
        List<DemoCompany> demo = SANDBOX.sandbox().data().companies().subList(0, 40);
        d.apply("matched", demo.stream().map(c -> company(c.domain(), true)).toList());

        LinkedInSegmentStatus building = d.status("matched").get(0);
        assertThat(building.status()).isEqualTo("BUILDING");
        assertThat(building.matchedCount()).isZero();
        assertThat(d.reach("matched").get(0).warning()).startsWith("LinkedIn is still matching");

        List<LinkedInSegmentStatus> settled = d.awaitSettled("matched", 10, Duration.ofMinutes(5));
        LinkedInSegmentStatus ready = settled.get(0);
        assertThat(ready.status()).isEqualTo("READY");
        assertThat(ready.type()).isEqualTo(LinkedInSegmentType.COMPANY);
        assertThat(ready.pushed()).isEqualTo(40);
        assertThat(ready.matchedCount()).isEqualTo(40);
        assertThat(ready.matchRate()).isEqualTo(1.0);
        assertThat(ready.adSegmentUrn()).startsWith("urn:li:adSegment:");
        assertThat(kit.sleeper.sleeps()).contains(Duration.ofMinutes(5));

        // The same figures in the SPI's terms, with LinkedIn's serving minimum: 40 matched companies do not serve.
        AudienceReach reach = d.reach("matched").get(0);
        assertThat(reach.members()).isEqualTo(MemberChange.MemberKind.COMPANY);
        assertThat(reach.state()).isEqualTo("READY");
        assertThat(reach.matched()).isEqualTo(40);
        assertThat(reach.sent()).isEqualTo(40);
        assertThat(reach.matchRate()).isEqualTo(1.0);
        assertThat(reach.warning()).contains("fewer than 300 matched members");
    }

    @Test
    void anAudienceWithNoSegmentYetHasNoReach() {
        LinkedInAudienceDestination d = kit.connector(kit.config().build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);

        assertThat(d.reach("never-pushed")).isEmpty();
    }
}
