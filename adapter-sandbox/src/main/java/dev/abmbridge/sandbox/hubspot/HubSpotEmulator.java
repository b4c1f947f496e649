package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.auth.IssuedToken;
import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.http.EmulatorHandler;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.FaultResponses;
import dev.abmbridge.sandbox.http.Json;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes HubSpot CRM requests, both the date-based ({@code /crm/objects/2026-03/…}) and the v3/v4 paths,
 * after the bearer-token check and the portal's rate limits. Also serves the OAuth token endpoint.
 */
public final class HubSpotEmulator implements EmulatorHandler, FaultResponses {

    private static final Pattern OBJECTS = Pattern.compile("^/crm/(?:v3/objects|v4/objects|objects/\\d{4}-\\d{2})/(.+)$");
    private static final Pattern PROPERTIES = Pattern.compile("^/crm/(?:v3/properties|properties/\\d{4}-\\d{2})/(.+)$");
    private static final Pattern LISTS = Pattern.compile("^/crm/(?:v3/lists|lists/\\d{4}-\\d{2})/?(.*)$");
    private static final Pattern ASSOCIATIONS = Pattern.compile("^/crm/(?:v4/associations|associations/\\d{4}-\\d{2})/([^/]+)/([^/]+)/batch/read$");

    private final HubSpotPortal portal;
    private final TokenRegistry tokens;
    private final TokenRegistry refreshTokens;
    private final HubSpotRateLimits limits;
    private final ApiCallLedger ledger;
    private final ObjectsApi objects;
    private final PropertiesApi properties;
    private final AssociationsApi associations;
    private final ListsApi lists;
    private final String privateAppToken;

    public HubSpotEmulator(HubSpotPortal portal, SandboxConfig config, ApiCallLedger ledger, FaultInjector faults, FieldWriteLog writes) {
        this.portal = portal;
        this.ledger = ledger;
        this.tokens = new TokenRegistry(config.clock(), "CJSP");
        this.refreshTokens = new TokenRegistry(config.clock(), "na1-");
        this.privateAppToken = "pat-na1-sandbox-" + config.seed();
        tokens.register(privateAppToken, "private-app", Duration.ofDays(3650));
        this.limits = new HubSpotRateLimits(config.clock(), config.hubSpotTenSecondLimit(), config.hubSpotDailyLimit(),
                config.hubSpotSearchPerSecond());
        this.objects = new ObjectsApi(portal, new RecordWriter(portal, writes, faults), ledger);
        this.properties = new PropertiesApi(portal, ledger);
        this.associations = new AssociationsApi(portal, ledger);
        this.lists = new ListsApi(portal, ledger);
    }

    public HubSpotPortal portal() {
        return portal;
    }

    /** The private-app token this portal accepts: {@code pat-na1-sandbox-<seed>}. */
    public String privateAppToken() {
        return privateAppToken;
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        if (request.path().equals("/oauth/v1/token")) {
            ledger.record("hubspot", "oauth/token", 0);
            return new HubSpotOAuth(tokens, refreshTokens).token(request);
        }
        Optional<EmulatorResponse> refused = authenticate(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean search = request.path().endsWith("/search");
        Optional<EmulatorResponse> throttled = limits.admit(search);
        if (throttled.isPresent()) {
            ledger.record("hubspot", "rate-limited", 0);
            return throttled.get();
        }
        EmulatorResponse response;
        try {
            response = route(request);
        } catch (NumberFormatException e) {
            response = HubSpotJson.validation("Invalid number in the request: " + e.getMessage());
        }
        return search ? response : response.withHeaders(limits.headers());
    }

    private EmulatorResponse route(EmulatorRequest request) {
        String path = request.path();
        Matcher m = ASSOCIATIONS.matcher(path);
        if (m.matches() && request.is("POST")) {
            Optional<HubSpotObjectType> from = HubSpotObjectType.parse(m.group(1));
            Optional<HubSpotObjectType> to = HubSpotObjectType.parse(m.group(2));
            if (from.isPresent() && to.isPresent()) {
                return associations.batchRead(request, from.get(), to.get());
            }
        }
        m = OBJECTS.matcher(path);
        if (m.matches()) {
            List<String> segments = segments(m.group(1));
            if (segments.size() >= 4 && segments.get(2).equals("associations")) {
                return associations.objectAssociations(request, segments);
            }
            return objects.handle(request, segments);
        }
        m = PROPERTIES.matcher(path);
        if (m.matches()) {
            return properties.handle(request, segments(m.group(1)));
        }
        m = LISTS.matcher(path);
        if (m.matches()) {
            return lists.handle(request, segments(m.group(1)));
        }
        return HubSpotJson.notFound("Resource not found: " + path);
    }

    private Optional<EmulatorResponse> authenticate(EmulatorRequest request) {
        Optional<String> token = request.bearerToken();
        if (token.isEmpty()) {
            return Optional.of(unauthorized("INVALID_AUTHENTICATION", "Authentication credentials not found. This API supports OAuth 2.0 "
                    + "authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"));
        }
        TokenStatus status = tokens.status(token.get());
        if (status == TokenStatus.EXPIRED) {
            IssuedToken issued = tokens.find(token.get()).orElseThrow();
            long minutes = Duration.between(issued.expiresAt(), portal.clock().instant()).toMinutes();
            return Optional.of(unauthorized("EXPIRED_AUTHENTICATION", "The OAuth token used to make this call expired " + minutes
                    + " minute(s) ago."));
        }
        if (status == TokenStatus.UNKNOWN) {
            return Optional.of(unauthorized("INVALID_AUTHENTICATION", "Authentication credentials not found. The access token provided "
                    + "is not valid for this portal."));
        }
        return Optional.empty();
    }

    private EmulatorResponse unauthorized(String category, String message) {
        ledger.record("hubspot", "unauthorized", 0);
        return HubSpotJson.errorResponse(401, category, message);
    }

    private static List<String> segments(String rest) {
        return Arrays.stream(rest.split("/")).filter(s -> !s.isEmpty())
                .map(s -> java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    @Override
    public EmulatorResponse serverError() {
        return HubSpotJson.errorResponse(502, "BAD_GATEWAY", "Bad Gateway");
    }

    @Override
    public EmulatorResponse throttled() {
        ObjectNode body = Json.object();
        body.put("status", "error");
        body.put("message", "You have reached your ten_secondly_rolling limit.");
        body.put("errorType", "RATE_LIMIT");
        body.put("correlationId", java.util.UUID.randomUUID().toString());
        body.put("policyName", "TEN_SECONDLY_ROLLING");
        return EmulatorResponse.json(429, Json.write(body)).withHeaders(Map.of("X-HubSpot-RateLimit-Remaining", "0"));
    }
}
