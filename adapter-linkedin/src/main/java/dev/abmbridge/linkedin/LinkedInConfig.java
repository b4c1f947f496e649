package dev.abmbridge.linkedin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The LinkedIn connection's options (no secrets: those are {@link LinkedInCredentials}). Built by a validating
 * builder that reports every problem at once.
 *
 * @param apiBaseUrl           {@code https://api.linkedin.com} (the sandbox's URL in tests)
 * @param oauthBaseUrl         {@code https://www.linkedin.com}
 * @param version              the {@code LinkedIn-Version} header, {@code YYYYMM}; versions sunset after about a year
 * @param adAccount            the sponsored ad account the segments live in, {@code urn:li:sponsoredAccount:N}
 * @param sourcePlatform       the enum value LinkedIn assigns a partner once Audiences API access is granted
 * @param batchLimit           elements per streaming call, 1 to 5,000
 * @param minimumAudienceSize  removals that would leave fewer members are held back (LinkedIn serves from 300)
 * @param refreshWarningDays   warn this many days before the refresh token expires
 * @param engagementAccounts   ad accounts whose ad analytics feed the engagement score
 * @param engagementWindowDays the rolling window of the engagement score, ending yesterday
 * @param engagementHalfPoint  engagement points at which the score is 50 (see docs/connectors/linkedin.md)
 * @param segmentReadyAfter    wait after creating a segment before streaming to it (LinkedIn: 5 seconds)
 * @param rateLimitRetries     how often one call is retried after HTTP 429 before the engine's retry takes over
 * @param rateLimitWait        the first wait after a 429 without Retry-After; doubled on each further 429
 */
public record LinkedInConfig(String system, String apiBaseUrl, String oauthBaseUrl, String version, String adAccount,
                             String sourcePlatform, int batchLimit, int minimumAudienceSize, int refreshWarningDays,
                             List<String> engagementAccounts, int engagementWindowDays, double engagementHalfPoint,
                             Duration segmentReadyAfter, int rateLimitRetries, Duration rateLimitWait) {

    public static final String ACCOUNT_PREFIX = "urn:li:sponsoredAccount:";
    public static final int MAX_BATCH = 5_000;
    /** Every option's name, as docs/connectors/linkedin.md lists them (a test keeps the two in step). */
    public static final List<String> OPTION_NAMES = List.of("linkedin.version", "linkedin.ad-account",
            "linkedin.source-platform", "linkedin.batch-limit", "linkedin.minimum-audience-size",
            "linkedin.refresh-warning-days", "linkedin.engagement-accounts", "linkedin.engagement-window-days",
            "linkedin.engagement-half-point", "linkedin.segment-ready-after", "linkedin.rate-limit-retries",
            "linkedin.rate-limit-wait");

    public LinkedInConfig {
        engagementAccounts = List.copyOf(engagementAccounts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The configuration for logs: it holds no secret, so nothing is masked. */
    public String describe() {
        return "linkedin{version=" + version + ", adAccount=" + adAccount + ", sourcePlatform=" + sourcePlatform
                + ", batchLimit=" + batchLimit + ", minimumAudienceSize=" + minimumAudienceSize
                + ", engagementAccounts=" + engagementAccounts + ", engagementWindowDays=" + engagementWindowDays + "}";
    }

    public static final class Builder {
        private String system = "linkedin";
        private String apiBaseUrl = "https://api.linkedin.com";
        private String oauthBaseUrl = "https://www.linkedin.com";
        private String version;
        private String adAccount;
        private String sourcePlatform;
        private int batchLimit = MAX_BATCH;
        private int minimumAudienceSize = 300;
        private int refreshWarningDays = 30;
        private List<String> engagementAccounts;
        private int engagementWindowDays = 90;
        private double engagementHalfPoint = 500;
        private Duration segmentReadyAfter = Duration.ofSeconds(5);
        private int rateLimitRetries = 3;
        private Duration rateLimitWait = Duration.ofSeconds(15);

        public Builder system(String v) { system = v; return this; }
        public Builder apiBaseUrl(String v) { apiBaseUrl = v; return this; }
        public Builder oauthBaseUrl(String v) { oauthBaseUrl = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder adAccount(String v) { adAccount = v; return this; }
        public Builder sourcePlatform(String v) { sourcePlatform = v; return this; }
        public Builder batchLimit(int v) { batchLimit = v; return this; }
        public Builder minimumAudienceSize(int v) { minimumAudienceSize = v; return this; }
        public Builder refreshWarningDays(int v) { refreshWarningDays = v; return this; }
        public Builder engagementAccounts(List<String> v) { engagementAccounts = v; return this; }
        public Builder engagementWindowDays(int v) { engagementWindowDays = v; return this; }
        public Builder engagementHalfPoint(double v) { engagementHalfPoint = v; return this; }
        public Builder segmentReadyAfter(Duration v) { segmentReadyAfter = v; return this; }
        public Builder rateLimitRetries(int v) { rateLimitRetries = v; return this; }
        public Builder rateLimitWait(Duration v) { rateLimitWait = v; return this; }

        /** Validates every option and throws one exception naming all problems. */
        public LinkedInConfig build() {
            List<String> problems = new ArrayList<>();
            if (version == null || !version.trim().matches("\\d{6}(\\.\\d{2})?")) {
                problems.add("linkedin.version must be YYYYMM (e.g. 202611), was " + version);
            }
            String account = adAccount == null ? null : adAccount.trim();
            if (account != null && account.matches("\\d+")) {
                account = ACCOUNT_PREFIX + account;
            }
            if (account == null || !account.matches("urn:li:sponsoredAccount:\\d+")) {
                problems.add("linkedin.ad-account must be urn:li:sponsoredAccount:<id> or the numeric id, was " + adAccount);
            }
            if (sourcePlatform == null || sourcePlatform.isBlank()) {
                problems.add("linkedin.source-platform is required (LinkedIn assigns it with Audiences API access)");
            }
            if (batchLimit < 1 || batchLimit > MAX_BATCH) {
                problems.add("linkedin.batch-limit must be 1 to " + MAX_BATCH + ", was " + batchLimit);
            }
            if (minimumAudienceSize < 0) {
                problems.add("linkedin.minimum-audience-size must not be negative");
            }
            if (refreshWarningDays < 1) {
                problems.add("linkedin.refresh-warning-days must be positive");
            }
            if (engagementWindowDays < 1 || engagementWindowDays > 365) {
                problems.add("linkedin.engagement-window-days must be 1 to 365");
            }
            if (!(engagementHalfPoint > 0)) {
                problems.add("linkedin.engagement-half-point must be positive");
            }
            if (rateLimitRetries < 0 || segmentReadyAfter.isNegative() || rateLimitWait.isNegative()) {
                problems.add("linkedin retry settings must not be negative");
            }
            List<String> accounts = new ArrayList<>();
            for (String a : engagementAccounts == null ? (account == null ? List.<String>of() : List.of(account)) : engagementAccounts) {
                String n = a.trim().matches("\\d+") ? ACCOUNT_PREFIX + a.trim() : a.trim();
                if (!n.matches("urn:li:sponsoredAccount:\\d+")) {
                    problems.add("linkedin.engagement-accounts: " + a + " is not a sponsored account");
                }
                accounts.add(n);
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid LinkedIn configuration:\n  - " + String.join("\n  - ", problems));
            }
            return new LinkedInConfig(Objects.requireNonNull(system), apiBaseUrl, oauthBaseUrl, version.trim(), account,
                    sourcePlatform.trim(), batchLimit, minimumAudienceSize, refreshWarningDays, accounts,
                    engagementWindowDays, engagementHalfPoint, segmentReadyAfter, rateLimitRetries, rateLimitWait);
        }
    }
}
