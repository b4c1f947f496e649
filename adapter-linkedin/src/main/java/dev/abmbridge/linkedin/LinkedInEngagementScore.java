package dev.abmbridge.linkedin;

/**
 * The engagement method: {@code points = impressions + 25 × engagements} (engagements = LinkedIn's
 * totalEngagements, at least the clicks), and {@code score = round(100 × points ÷ (points + H))}, H the configured
 * half point (default 500: a company at 500 points scores 50). Bounded 0 to 100, monotonic, absolute (a company's
 * score does not depend on other companies), and saturating so one heavy account does not flatten the rest.
 */
public final class LinkedInEngagementScore {

    public static final int ENGAGEMENT_WEIGHT = 25;

    private LinkedInEngagementScore() {
    }

    public static double points(long impressions, long clicks, long totalEngagements) {
        return impressions + ENGAGEMENT_WEIGHT * (double) Math.max(clicks, totalEngagements);
    }

    public static int score(double points, double halfPoint) {
        if (!(points > 0)) {
            return 0;
        }
        long rounded = Math.round(100.0 * points / (points + halfPoint));
        return (int) Math.max(0, Math.min(100, rounded));
    }
}
