package dev.abmbridge.sandbox.generator;

/**
 * What to generate: {@code accounts} companies, {@code contacts} contacts, from {@code seed}; {@code sharedShare}
 * of the companies exist in both Salesforce and HubSpot, the rest in one of them; {@code messyShare} scales how
 * often values are missing or messy.
 */
public record DemoDataSpec(int accounts, int contacts, long seed, double sharedShare, double messyShare) {

    public DemoDataSpec {
        if (accounts < 0 || contacts < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (sharedShare < 0 || sharedShare > 1 || messyShare < 0 || messyShare > 1) {
            throw new IllegalArgumentException("shares must be within [0, 1]");
        }
        if (accounts == 0 && contacts > 0) {
            throw new IllegalArgumentException("contacts need at least one account");
        }
    }

    public static DemoDataSpec of(int accounts, int contacts, long seed) {
        return new DemoDataSpec(accounts, contacts, seed, 0.3, 0.1);
    }
}
