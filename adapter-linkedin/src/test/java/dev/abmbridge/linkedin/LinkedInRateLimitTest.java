package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator's per-minute limit on /companies (2 a minute here): 429s are waited out on the injected clock. */
class LinkedInRateLimitTest {

    private static final MutableClock CLOCK = new MutableClock(java.time.Instant.parse("2026-11-23T10:00:00Z"));

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(20, 20, 19).withClock(CLOCK)
            .withLinkedInLimits(600, 2));

    @org.junit.jupiter.api.BeforeEach
    void freshMinute() {
        CLOCK.advance(Duration.ofMinutes(2)); // the limit is per member, across tests
    }

    private static List<MemberChange> companies(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> new MemberChange(MemberKind.COMPANY, prefix + i + ".example", true)).toList();
    }

    @Test
    void tooManyRequestsAreWaitedOutWithoutRealSleeping() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        LinkedInAudienceDestination d = kit.connector(kit.config().batchLimit(10).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("limited", "Limited");
        long started = System.nanoTime();

        List<Outcome> outcomes = new ArrayList<>();
        List<MemberChange> all = companies("r", 50);
        for (int i = 0; i < all.size(); i += 10) {
            outcomes.addAll(d.apply("limited", all.subList(i, i + 10)));
        }

        assertThat(outcomes).hasSize(50).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(kit.calls("rate-limited")).isPositive();
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(5);
        assertThat(kit.sleeper.sleeps()).contains(Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void whenRetriesRunOutTheEngineGetsARetriableFailureWithTheWait() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        LinkedInAudienceDestination d = kit.connector(kit.config().batchLimit(10).rateLimitRetries(0).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("limited-2", "Limited 2");
        d.apply("limited-2", companies("s", 1));
        d.apply("limited-2", companies("t", 1));
        assertThatThrownBy(() -> d.apply("limited-2", companies("u", 1)))
                .isInstanceOfSatisfying(SystemUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(15)));
    }
}
