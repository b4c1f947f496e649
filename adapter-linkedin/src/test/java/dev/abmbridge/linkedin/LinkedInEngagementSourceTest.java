package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.AccountEngagement;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.generator.DemoCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** adAnalytics (pivot MEMBER_COMPANY) mapped to account domains through organization look-ups. */
class LinkedInEngagementSourceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(200, 50, 5).withClock(CLOCK));

    @Test
    void engagementOfTargetedCompaniesIsKeyedByDomainAndScored() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        LinkedInConnector connector = kit.connector(kit.config().minimumAudienceSize(0).build());
        List<DemoCompany> targeted = SANDBOX.sandbox().data().companies().subList(0, 60);
        LinkedInAudienceDestination d = connector.audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("targets", "Targets");
        d.apply("targets", targeted.stream().map(c -> new MemberChange(MemberKind.COMPANY, c.domain(), true)).toList());
        CLOCK.advance(Duration.ofMinutes(15));

        InMemoryLinkedInOrganizationCache cache = new InMemoryLinkedInOrganizationCache();
        LinkedInEngagementSource source = connector.engagementSource(cache);
        List<AccountEngagement> engagement = source.engagement();

        Set<String> domains = targeted.stream().map(DemoCompany::domain).collect(Collectors.toSet());
        assertThat(engagement).isNotEmpty().allSatisfy(e -> {
            assertThat(domains).contains(e.domain());
            assertThat(e.score()).isBetween(0, 100);
            assertThat(e.organizationUrns()).allMatch(u -> u.startsWith("urn:li:organization:"));
            assertThat(e.score()).isEqualTo(LinkedInEngagementScore.score(
                    LinkedInEngagementScore.points(e.impressions(), e.clicks(), e.engagements()), 500));
        });
        String analytics = kit.transport.sent().stream().filter(r -> r.url().endsWith("/adAnalytics")).findFirst().orElseThrow().query();
        assertThat(analytics).contains("pivot=MEMBER_COMPANY", "timeGranularity=ALL",
                "accounts=List(urn%3Ali%3AsponsoredAccount%3A500000001)",
                "dateRange=(start:(year:2026,month:8,day:25),end:(year:2026,month:11,day:22))");

        long lookUps = kit.calls("organizations:batchGet");
        assertThat(lookUps).isPositive();
        source.engagement();
        assertThat(kit.calls("organizations:batchGet")).isEqualTo(lookUps); // cached
        assertThat(cache.size()).isGreaterThanOrEqualTo(engagement.size());

        AccountEngagement top = engagement.get(0);
        var account = new dev.abmbridge.core.model.Account("A1", "crm", "X", top.domain(), null, null, null, null, null, null,
                null, null, null, null, null);
        var other = new dev.abmbridge.core.model.Account("A2", "crm", "Y", "no-engagement.example", null, null, null, null, null,
                null, null, null, null, null, null);
        EngagementScores scores = new EngagementScores(engagement);
        assertThat(scores.apply(account).engagement()).isEqualByComparingTo(java.math.BigDecimal.valueOf(top.score()));
        assertThat(scores.apply(other).engagement()).isNull();
    }

    @Test
    void organizationLookUpsSurviveInTheStateStore() {
        var store = dev.abmbridge.core.state.StateStore.open(dev.abmbridge.core.engine.TestDatabases.freshH2());
        LinkedInOrganizationCache cache = new StateStoreLinkedInOrganizationCache(store, "linkedin");
        cache.put(new LinkedInOrganization("urn:li:organization:1", "Acme\tInc", "acme.com"));
        cache.put(new LinkedInOrganization("urn:li:organization:2", null, null));
        LinkedInOrganizationCache reopened = new StateStoreLinkedInOrganizationCache(store, "linkedin");
        assertThat(reopened.get("urn:li:organization:1")).contains(new LinkedInOrganization("urn:li:organization:1", "Acme Inc", "acme.com"));
        assertThat(reopened.get("urn:li:organization:2")).contains(new LinkedInOrganization("urn:li:organization:2", null, null));
        assertThat(reopened.get("urn:li:organization:3")).isEmpty();
    }

    @Test
    void theScoreIsBoundedMonotonicAndFiftyAtTheHalfPoint() {
        assertThat(LinkedInEngagementScore.score(0, 500)).isZero();
        assertThat(LinkedInEngagementScore.score(500, 500)).isEqualTo(50);
        assertThat(LinkedInEngagementScore.score(1e12, 500)).isEqualTo(100);
        assertThat(LinkedInEngagementScore.points(100, 2, 3)).isEqualTo(175);
        assertThat(LinkedInEngagementScore.score(175, 500)).isLessThan(LinkedInEngagementScore.score(176, 500) + 1);
    }

    @Test
    void manyAdAccountsAreSplitSoEveryQueryStaysUnderTheLimit() {
        List<String> accounts = java.util.stream.IntStream.range(0, 300).mapToObj(i -> "urn:li:sponsoredAccount:" + (1_000_000 + i)).toList();
        LinkedInConfig config = LinkedInConfig.builder().version("202611").adAccount("1").sourcePlatform("P")
                .engagementAccounts(accounts).build();
        LinkedInEngagementSource source = new LinkedInEngagementSource(config, null, new InMemoryLinkedInOrganizationCache(),
                CLOCK, 4_000);
        List<String> queries = source.analyticsQueries(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(queries.size()).isGreaterThan(1);
        assertThat(queries).allSatisfy(q -> assertThat(q.length()).isLessThanOrEqualTo(4_000));
        assertThat(String.join("", queries)).contains("urn%3Ali%3AsponsoredAccount%3A1000000", "urn%3Ali%3AsponsoredAccount%3A1000299");
    }
}
