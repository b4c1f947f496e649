package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large audiences: API calls equal ceil(delta / batch limit) per run, on a full push and on a 1% change. Sizes
 * come from {@code -Dabm.linkedin.companies} and {@code -Dabm.linkedin.users} (defaults 20,000 and 20,000, to keep the normal build quick; the
 * figures in docs/connectors/linkedin.md were taken with 100,000 and 500,000). Prints the wall times.
 */
class LinkedInVolumeTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private static final int COMPANIES = Integer.getInteger("abm.linkedin.companies", 20_000);
    private static final int USERS = Integer.getInteger("abm.linkedin.users", 20_000);

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(20, 20, 17).withClock(CLOCK)
            .withLinkedInLimits(100_000, 100_000));

    private static int ceil(int n, int d) {
        return (n + d - 1) / d;
    }

    private static List<MemberChange> changes(MemberKind kind, int from, int to, boolean add) {
        return IntStream.range(from, to).mapToObj(i -> new MemberChange(kind, kind == MemberKind.COMPANY
                ? "company" + i + ".example" : LinkedInEmailHash.of("person" + i + "@example.com"), add)).toList();
    }

    private long push(LinkedInAudienceDestination d, String audience, List<MemberChange> changes, String label) {
        long start = System.nanoTime();
        int ok = 0;
        for (int i = 0; i < changes.size(); i += d.maxBatchSize()) {
            for (Outcome o : d.apply(audience, changes.subList(i, Math.min(changes.size(), i + d.maxBatchSize())))) {
                ok += o.status() == Outcome.Status.OK ? 1 : 0;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("linkedin volume: %-34s %,9d changes %,6d ms%n", label, changes.size(), millis);
        assertThat(ok).isEqualTo(changes.size());
        return millis;
    }

    @Test
    void callsAreCeilOfTheDeltaOverTheBatchLimit() {
        LinkedInTestKit kit = new LinkedInTestKit(SANDBOX.sandbox(), CLOCK);
        LinkedInAudienceDestination d = kit.connector(kit.config().minimumAudienceSize(0).build())
                .audienceDestination(new InMemoryLinkedInSegmentRegistry(), LinkedInMemberDetails.NONE);
        d.ensureAudience("volume", "Volume");

        push(d, "volume", changes(MemberKind.COMPANY, 0, COMPANIES, true), "companies, first push");
        push(d, "volume", changes(MemberKind.CONTACT, 0, USERS, true), "users, first push");
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(ceil(COMPANIES, 5_000));
        assertThat(kit.calls("dmpSegments:users")).isEqualTo(ceil(USERS, 5_000));

        int companyDelta = COMPANIES / 100;
        int userDelta = USERS / 100;
        List<MemberChange> companyChange = new ArrayList<>(changes(MemberKind.COMPANY, 0, companyDelta / 2, false));
        companyChange.addAll(changes(MemberKind.COMPANY, COMPANIES, COMPANIES + companyDelta - companyDelta / 2, true));
        List<MemberChange> userChange = new ArrayList<>(changes(MemberKind.CONTACT, 0, userDelta / 2, false));
        userChange.addAll(changes(MemberKind.CONTACT, USERS, USERS + userDelta - userDelta / 2, true));
        push(d, "volume", companyChange, "companies, 1% change");
        push(d, "volume", userChange, "users, 1% change");
        assertThat(kit.calls("dmpSegments:companies")).isEqualTo(ceil(COMPANIES, 5_000) + ceil(companyDelta, 5_000));
        assertThat(kit.calls("dmpSegments:users")).isEqualTo(ceil(USERS, 5_000) + ceil(userDelta, 5_000));
    }
}
