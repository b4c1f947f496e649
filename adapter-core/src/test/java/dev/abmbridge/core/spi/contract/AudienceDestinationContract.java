package dev.abmbridge.core.spi.contract;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.spi.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract every {@link AudienceDestination} meets: deltas, idempotence, one outcome per member, look-up. */
public abstract class AudienceDestinationContract {

    protected abstract AudienceDestination destination();

    private static MemberChange add(String key) {
        return new MemberChange(MemberKind.COMPANY, key, true);
    }

    private static MemberChange remove(String key) {
        return new MemberChange(MemberKind.COMPANY, key, false);
    }

    @Test
    void addsAndRemovesMembersWithOneOutcomeEach() {
        destination().ensureAudience("aud-1", "Audience 1");

        List<Outcome> added = destination().apply("aud-1", List.of(add("acme.com"), add("globex.com")));
        assertThat(added).extracting(Outcome::id).containsExactlyInAnyOrder("acme.com", "globex.com");
        assertThat(destination().members("aud-1", List.of("acme.com", "globex.com", "initech.com")))
                .containsExactlyInAnyOrder("acme.com", "globex.com");

        destination().apply("aud-1", List.of(remove("acme.com")));
        assertThat(destination().members("aud-1", List.of("acme.com", "globex.com"))).containsExactly("globex.com");
    }

    @Test
    void reapplyingADeltaChangesNothing() {
        destination().ensureAudience("aud-2", "Audience 2");
        destination().ensureAudience("aud-2", "Audience 2");
        destination().apply("aud-2", List.of(add("acme.com")));

        List<Outcome> again = destination().apply("aud-2", List.of(add("acme.com"), remove("never-there.com")));

        assertThat(again).allSatisfy(o -> assertThat(o.status()).isEqualTo(Outcome.Status.OK));
        assertThat(destination().members("aud-2", List.of("acme.com", "never-there.com"))).containsExactly("acme.com");
    }

    @Test
    void declaresABatchMaximumAndARateLimit() {
        assertThat(destination().maxBatchSize()).isPositive();
        assertThat(destination().rateLimit()).isNotNull();
    }
}
