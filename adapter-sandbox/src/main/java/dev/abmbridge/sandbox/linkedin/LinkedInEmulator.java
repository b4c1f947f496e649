package dev.abmbridge.sandbox.linkedin;

import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.generator.DemoDataSet;
import dev.abmbridge.sandbox.http.EmulatorHandler;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.FaultResponses;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.limit.RollingWindowCounter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Routes LinkedIn Marketing API requests ({@code /rest/…}, versioned, Rest.li 2.0) and the OAuth token
 * endpoint of {@code www.linkedin.com}. Every REST call needs a bearer token this emulator issued, a
 * {@code LinkedIn-Version} that is active, and {@code X-Restli-Protocol-Version: 2.0.0}.
 */
public final class LinkedInEmulator implements EmulatorHandler, FaultResponses {

    private final Clock clock;
    private final TokenRegistry accessTokens;
    private final LinkedInOAuth oauth;
    private final ApiCallLedger ledger;
    private final CampaignManager manager;
    private final DmpSegmentsApi segments;
    private final SegmentStreamingApi streaming;
    private final AdAnalyticsApi analytics;
    private final OrganizationsApi organizations;
    private final RollingWindowCounter usersPerMinute;
    private final RollingWindowCounter companiesPerMinute;
    private final int usersLimit;
    private final int companiesLimit;
    private final String accessToken;
    private final String refreshToken;
    private volatile LinkedInRequestLog requestLog;

    public LinkedInEmulator(DemoDataSet data, SandboxConfig config, ApiCallLedger ledger, FaultInjector faults) {
        this.clock = config.clock();
        this.ledger = ledger;
        this.accessTokens = new TokenRegistry(clock, "AQV");
        TokenRegistry refreshTokens = new TokenRegistry(clock, "AQX");
        this.accessToken = "AQV-sandbox-" + config.seed();
        this.refreshToken = "AQX-sandbox-" + config.seed();
        accessTokens.register(accessToken, "member", config.linkedInTokenLifetime());
        refreshTokens.register(refreshToken, "member", Duration.ofDays(365));
        this.oauth = new LinkedInOAuth(accessTokens, refreshTokens, clock, config.linkedInTokenLifetime());
        this.manager = new CampaignManager(clock, Duration.ofMinutes(10), data);
        this.segments = new DmpSegmentsApi(manager, ledger);
        this.streaming = new SegmentStreamingApi(manager, ledger, faults);
        this.analytics = new AdAnalyticsApi(manager, ledger);
        this.organizations = new OrganizationsApi(manager, ledger);
        this.usersLimit = config.linkedInUsersPerMinute();
        this.companiesLimit = config.linkedInCompaniesPerMinute();
        this.usersPerMinute = new RollingWindowCounter(clock, Duration.ofMinutes(1), 60);
        this.companiesPerMinute = new RollingWindowCounter(clock, Duration.ofMinutes(1), 60);
    }

    /** The member access token issued at start-up: {@code AQV-sandbox-<seed>}. */
    public String accessToken() {
        return accessToken;
    }

    /** The refresh token issued at start-up: {@code AQX-sandbox-<seed>}. */
    public String refreshToken() {
        return refreshToken;
    }

    /** The one sponsored ad account of the emulated Campaign Manager. */
    public String adAccount() {
        return CampaignManager.AD_ACCOUNT;
    }

    /**
     * Starts (or restarts, empty) a bounded log of the REST requests answered from now on: see
     * {@link LinkedInRequestLog}. Off by default, so a long-running sandbox keeps no request.
     */
    public LinkedInRequestLog logRequests(int maxEntries, int maxBodyChars) {
        LinkedInRequestLog log = new LinkedInRequestLog(maxEntries, maxBodyChars);
        this.requestLog = log;
        return log;
    }

    /** Stops logging requests. */
    public void stopLoggingRequests() {
        this.requestLog = null;
    }

    /** The current request log, if {@link #logRequests} started one. */
    public Optional<LinkedInRequestLog> requestLog() {
        return Optional.ofNullable(requestLog);
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        if (request.path().equals("/oauth/v2/accessToken")) {
            ledger.record("linkedin", "oauth/accessToken", 0);
            return oauth.token(request);
        }
        if (!request.path().startsWith("/rest/")) {
            return LinkedInErrors.notFound("No resource found for " + request.path());
        }
        LinkedInRequestLog log = requestLog;
        if (log != null) {
            log.record(request);
        }
        Optional<EmulatorResponse> refused = authenticate(request).or(() -> checkHeaders(request));
        return refused.orElseGet(() -> {
            try {
                return route(request, segments(request.path().substring("/rest/".length())));
            } catch (NumberFormatException e) {
                return LinkedInErrors.badRequest("Invalid number in the request: " + e.getMessage());
            }
        });
    }

    private EmulatorResponse route(EmulatorRequest request, List<String> path) {
        String resource = path.get(0);
        if (resource.equals("dmpSegments")) {
            if (path.size() == 1) {
                return request.is("POST") ? segments.create(request) : segments.find(request);
            }
            DmpSegment segment = segments.find(path.get(1));
            if (path.size() == 2 && request.is("GET")) {
                return segments.get(path.get(1));
            }
            if (path.size() == 3 && request.is("POST") && (path.get(2).equals("companies") || path.get(2).equals("users"))) {
                boolean companies = path.get(2).equals("companies");
                RollingWindowCounter counter = companies ? companiesPerMinute : usersPerMinute;
                if (!counter.tryAcquire(companies ? companiesLimit : usersLimit)) {
                    ledger.record("linkedin", "rate-limited", 0);
                    return LinkedInErrors.tooManyRequests();
                }
                return segment == null ? LinkedInErrors.notFound("Could not find DMP segment with ID " + path.get(1))
                        : streaming.stream(request, segment, companies);
            }
        }
        if (resource.equals("adAnalytics") && request.is("GET")) {
            return analytics.analytics(request);
        }
        if (resource.equals("organizations") && request.is("GET")) {
            return path.size() == 2 ? organizations.get(path.get(1)) : organizations.batchGet(request);
        }
        return LinkedInErrors.notFound("No resource found for " + request.path());
    }

    private Optional<EmulatorResponse> authenticate(EmulatorRequest request) {
        TokenStatus status = accessTokens.status(request.bearerToken().orElse(null));
        if (status == TokenStatus.VALID) {
            return Optional.empty();
        }
        ledger.record("linkedin", "unauthorized", 0);
        return Optional.of(status == TokenStatus.EXPIRED
                ? LinkedInErrors.error(401, 65601, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired")
                : LinkedInErrors.error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token"));
    }

    private Optional<EmulatorResponse> checkHeaders(EmulatorRequest request) {
        Optional<String> version = request.header("LinkedIn-Version");
        if (version.isEmpty() || version.get().isBlank()) {
            return Optional.of(LinkedInErrors.error(400, 0, "VERSION_MISSING",
                    "A version must be present. Please specify a version by adding the LinkedIn-Version header."));
        }
        if (!isActive(version.get().trim())) {
            return Optional.of(LinkedInErrors.error(426, 0, "NONEXISTENT_VERSION", "Requested version " + version.get() + " is not active"));
        }
        if (!request.header("X-Restli-Protocol-Version").map("2.0.0"::equals).orElse(false)) {
            return Optional.of(LinkedInErrors.error(400, 0, "PROTOCOL_VERSION_MISSING",
                    "This resource requires Rest.li protocol 2.0.0: add the header X-Restli-Protocol-Version: 2.0.0"));
        }
        return Optional.empty();
    }

    /** A version is active from its month for twelve months. */
    private boolean isActive(String version) {
        if (!version.matches("\\d{6}(\\.\\d{2})?")) {
            return false;
        }
        YearMonth month = YearMonth.of(Integer.parseInt(version.substring(0, 4)), Integer.parseInt(version.substring(4, 6)));
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        return !month.isAfter(now) && month.plusMonths(12).isAfter(now);
    }

    private static List<String> segments(String rest) {
        return Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty()).map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public EmulatorResponse serverError() {
        return LinkedInErrors.error(500, 0, "INTERNAL_SERVER_ERROR", "Internal Server Error");
    }

    @Override
    public EmulatorResponse throttled() {
        return LinkedInErrors.tooManyRequests();
    }
}
