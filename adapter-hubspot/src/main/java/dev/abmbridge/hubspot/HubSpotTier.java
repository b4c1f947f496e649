package dev.abmbridge.hubspot;

/** HubSpot subscription tiers and their API limits for private apps and service keys (per account). */
public enum HubSpotTier {
    FREE_STARTER(100, 250_000),
    PROFESSIONAL(190, 650_000),
    ENTERPRISE(190, 1_000_000),
    /** With the API limit increase add-on (one pack). */
    API_ADD_ON(250, 2_000_000);

    private final int tenSecondLimit;
    private final long dailyLimit;

    HubSpotTier(int tenSecondLimit, long dailyLimit) {
        this.tenSecondLimit = tenSecondLimit;
        this.dailyLimit = dailyLimit;
    }

    public int tenSecondLimit() {
        return tenSecondLimit;
    }

    public long dailyLimit() {
        return dailyLimit;
    }
}
