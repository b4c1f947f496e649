package dev.abmbridge.linkedin;

/**
 * A DMP segment as LinkedIn reports it, for the run report.
 *
 * @param status       {@code BUILDING}, {@code UPDATING}, {@code READY}, {@code ARCHIVED} (usable in campaigns), or
 *                     {@code EXPIRED}, {@code FAILED}, {@code ERROR} (not usable)
 * @param inputCount   members LinkedIn received (rolling 7 days, per LinkedIn)
 * @param matchedCount members LinkedIn matched to member accounts or company pages
 * @param pushed       members ABM Bridge holds in it as far as it knows
 * @param matchRate    matchedCount ÷ pushed (0 to 1); null while nothing is pushed
 */
public record LinkedInSegmentStatus(String audienceId, LinkedInSegmentType type, String segmentId, String status,
                                    long inputCount, long matchedCount, int pushed, Double matchRate,
                                    String adSegmentUrn) {

    /** LinkedIn serves a matched audience only from this many matched members. */
    public static final int SERVING_MINIMUM = 300;

    /** Whether campaigns targeting it will not serve yet (fewer than 300 matched members). */
    public boolean belowServingMinimum() {
        return matchedCount < SERVING_MINIMUM;
    }

    /** Whether LinkedIn still builds the segment (statuses BUILDING and UPDATING). */
    public boolean settling() {
        return "BUILDING".equals(status) || "UPDATING".equals(status);
    }

    /** Whether campaigns can target it (LinkedIn also needs 300 matched members to serve). */
    public boolean usable() {
        return "READY".equals(status) || "UPDATING".equals(status) || "BUILDING".equals(status) || "ARCHIVED".equals(status);
    }
}
