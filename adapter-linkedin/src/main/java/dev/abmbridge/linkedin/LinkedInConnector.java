package dev.abmbridge.linkedin;

import dev.abmbridge.linkedin.client.JdkLinkedInTransport;
import dev.abmbridge.linkedin.client.LinkedInRestClient;
import dev.abmbridge.linkedin.client.LinkedInTransport;
import dev.abmbridge.linkedin.client.Sleeper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The LinkedIn connection: owns the tokens and the REST client, and hands out the role objects that share them
 * (the streaming audience destination, the CSV fallback, the engagement source) and the {@link #check()} findings.
 */
public final class LinkedInConnector {

    private final LinkedInConfig config;
    private final LinkedInTokens tokens;
    private final LinkedInRestClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public LinkedInConnector(LinkedInConfig config, LinkedInCredentials credentials, LinkedInTransport transport, Clock clock,
                             Sleeper sleeper) {
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
        this.tokens = new LinkedInTokens(config, credentials, transport, clock);
        this.client = new LinkedInRestClient(config.apiBaseUrl(), config.version(), tokens, transport, sleeper,
                config.rateLimitRetries(), config.rateLimitWait());
    }

    public LinkedInConnector(LinkedInConfig config, LinkedInCredentials credentials) {
        this(config, credentials, new JdkLinkedInTransport(), Clock.systemUTC(), Sleeper.REAL);
    }

    public LinkedInConfig config() {
        return config;
    }

    public LinkedInTokens tokens() {
        return tokens;
    }

    public LinkedInRestClient client() {
        return client;
    }

    public LinkedInAudienceDestination audienceDestination(LinkedInSegmentRegistry registry, LinkedInMemberDetails details) {
        return new LinkedInAudienceDestination(config, client, registry, details, clock, sleeper);
    }

    public LinkedInCsvAudienceDestination csvDestination(Path dir, LinkedInMemberDetails details) {
        return new LinkedInCsvAudienceDestination(config.system(), dir, details);
    }

    public LinkedInEngagementSource engagementSource(LinkedInOrganizationCache cache) {
        return new LinkedInEngagementSource(config, client, cache, clock);
    }

    /**
     * {@link #check()} after one token refresh when the refresh token's expiry is not known yet (the token
     * response carries it): what {@code check} runs, once, at set-up.
     */
    public List<String> checkOnline() {
        if (tokens.status().level() == LinkedInTokenStatus.Level.UNKNOWN && tokens.hasRefreshToken()) {
            tokens.refresh();
        }
        return check();
    }

    /**
     * What {@code check} and the status page show, without calling LinkedIn: the refresh token's remaining days
     * and the API version's sunset (a version is served about twelve months after its month).
     */
    public List<String> check() {
        List<String> findings = new ArrayList<>();
        LinkedInTokenStatus status = tokens.status();
        findings.add(status.level() + ": " + status.message());
        YearMonth month = YearMonth.of(Integer.parseInt(config.version().substring(0, 4)),
                Integer.parseInt(config.version().substring(4, 6)));
        LocalDate sunset = month.plusMonths(12).atDay(1);
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), sunset);
        if (days <= 0) {
            findings.add("EXPIRED: LinkedIn-Version " + config.version() + " is sunset; set linkedin.version to a current month");
        } else if (days <= 60) {
            findings.add("WARNING: LinkedIn-Version " + config.version() + " is sunset in about " + days
                    + " days; move linkedin.version to a newer month");
        }
        return findings;
    }
}
