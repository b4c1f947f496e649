package dev.abmbridge.core.spi;

import dev.abmbridge.core.spi.MemberChange.MemberKind;

import java.util.Objects;

/**
 * What a destination's platform reports of one audience now, for the people deciding whether a campaign can run on
 * it: an ad platform matches the companies and hashed e-mails it is sent to its own members, and may serve ads only
 * from a minimum (LinkedIn: 300 matched members).
 *
 * @param members which members these figures are for: companies or contacts
 * @param state   the platform's own word for the audience's state (LinkedIn: BUILDING, UPDATING, READY, …)
 * @param matched members the platform matched
 * @param sent    members ABM Bridge has sent and not removed, as far as it knows
 * @param warning why campaigns on it will not serve (yet), or null
 */
public record AudienceReach(MemberKind members, String state, long matched, long sent, String warning) {

    public AudienceReach {
        Objects.requireNonNull(members, "members");
    }

    /** Matched ÷ sent (0 to 1); null while nothing is sent. */
    public Double matchRate() {
        return sent == 0 ? null : Math.min(1.0, matched / (double) sent);
    }
}
