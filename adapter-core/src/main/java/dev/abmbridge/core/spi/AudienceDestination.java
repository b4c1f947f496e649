package dev.abmbridge.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Keeps audiences (ad platform segments) in step with the playbook by membership deltas. The contract:
 * adding a present member or removing an absent one changes nothing (idempotent); one {@link Outcome} per
 * change, with the member key as id.
 */
public interface AudienceDestination {

    String system();

    int maxBatchSize();

    RateLimit rateLimit();

    /** Creates the audience when missing; returns nothing, may be called every run. */
    void ensureAudience(String audienceId, String displayName);

    /** One API call; {@code changes.size() <= maxBatchSize()}. */
    List<Outcome> apply(String audienceId, List<MemberChange> changes);

    /** Which of these member keys the audience holds now (for re-planning after a crash). */
    Set<String> members(String audienceId, Collection<String> keys);

    /**
     * Called once at the end of every sync run that was not a dry run, after every batch's outcome is recorded, whether
     * or not this destination got changes: for destinations that rebuild something whole each run (a file export).
     */
    default void runFinished() {
    }

    /**
     * What the platform reports of the audience now, per kind of member (matched members, state, why it will not
     * serve); empty for destinations without such figures. May call the platform: one read per segment, so it is
     * asked on request ({@code abm-bridge audiences --live}), never during a sync.
     */
    default List<AudienceReach> reach(String audienceId) {
        return List.of();
    }
}
