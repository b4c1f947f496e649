package dev.abmbridge.sandbox;

import dev.abmbridge.sandbox.fault.FaultProfile;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything a sandbox run is made of: demo data size and seed, the clock, the emulated limits, and each
 * emulator's fault profile. Defaults match the vendors' documented limits for a mid-size customer.
 */
public record SandboxConfig(
        int accounts,
        int contacts,
        long seed,
        double sharedShare,
        Clock clock,
        long salesforceDailyApiLimit,
        Duration salesforceSessionLifetime,
        int hubSpotTenSecondLimit,
        long hubSpotDailyLimit,
        int hubSpotSearchPerSecond,
        Duration linkedInTokenLifetime,
        int linkedInUsersPerMinute,
        int linkedInCompaniesPerMinute,
        FaultProfile salesforceFaults,
        FaultProfile hubSpotFaults,
        FaultProfile linkedInFaults) {

    public static SandboxConfig defaults() {
        return new SandboxConfig(1_000, 3_000, 42L, 0.3, Clock.systemUTC(), 100_000, Duration.ofHours(2), 190, 1_000_000, 5,
                Duration.ofDays(60), 600, 300, FaultProfile.none(), FaultProfile.none(), FaultProfile.none());
    }

    public SandboxConfig withData(int newAccounts, int newContacts, long newSeed) {
        return new SandboxConfig(newAccounts, newContacts, newSeed, sharedShare, clock, salesforceDailyApiLimit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, hubSpotSearchPerSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, newClock, salesforceDailyApiLimit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, hubSpotSearchPerSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withSalesforceDailyApiLimit(long limit) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, clock, limit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, hubSpotSearchPerSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withHubSpotLimits(int tenSecond, long daily) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, clock, salesforceDailyApiLimit, salesforceSessionLifetime,
                tenSecond, daily, hubSpotSearchPerSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withHubSpotSearchPerSecond(int perSecond) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, clock, salesforceDailyApiLimit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, perSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withLinkedInLimits(int usersPerMinute, int companiesPerMinute) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, clock, salesforceDailyApiLimit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, hubSpotSearchPerSecond, linkedInTokenLifetime, usersPerMinute,
                companiesPerMinute, salesforceFaults, hubSpotFaults, linkedInFaults);
    }

    public SandboxConfig withFaults(FaultProfile salesforce, FaultProfile hubSpot, FaultProfile linkedIn) {
        return new SandboxConfig(accounts, contacts, seed, sharedShare, clock, salesforceDailyApiLimit, salesforceSessionLifetime,
                hubSpotTenSecondLimit, hubSpotDailyLimit, hubSpotSearchPerSecond, linkedInTokenLifetime, linkedInUsersPerMinute,
                linkedInCompaniesPerMinute, salesforce, hubSpot, linkedIn);
    }
}
