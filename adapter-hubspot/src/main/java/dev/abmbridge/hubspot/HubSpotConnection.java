package dev.abmbridge.hubspot;

import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.hubspot.client.HubSpotCallLimits;
import dev.abmbridge.hubspot.client.HubSpotClient;
import dev.abmbridge.hubspot.client.OAuthTokenProvider;
import dev.abmbridge.hubspot.client.Sleeper;
import dev.abmbridge.hubspot.client.TokenProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The façade of one HubSpot portal: owns the configuration, the client (one HTTP client, one set of rate limiters
 * shared by every role object), the live property definitions and the native buying-role values seen in the last
 * pull. The source, sink, audience and schema classes are thin role objects over it.
 */
public final class HubSpotConnection {

    public static final String SYSTEM = "hubspot";

    private final HubSpotConfig config;
    private final HubSpotClient client;
    private final Clock clock;
    private final HubSpotPropertyDefinitions definitions;
    private final Map<String, HubSpotBuyingRoles.Seen> buyingRoles = new ConcurrentHashMap<>();
    private final HubSpotMemberIndex members = new HubSpotMemberIndex();

    public HubSpotConnection(HubSpotConfig config, HubSpotClient client, Clock clock) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("HubSpot configuration: " + String.join("; ", problems));
        }
        this.config = config;
        this.client = client;
        this.clock = clock;
        this.definitions = new HubSpotPropertyDefinitions(client);
    }

    /** Resolves the secrets, builds the client on the JDK HTTP client and opens the connection. */
    public static HubSpotConnection open(HubSpotConfig config, HubSpotSecrets secrets, Clock clock, Sleeper sleeper) {
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("HubSpot configuration: " + String.join("; ", problems));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        ObjectMapper json = JsonMapper.builder().build();
        TokenProvider tokens = config.auth() == HubSpotConfig.AuthMode.TOKEN
                ? TokenProvider.fixed(secrets.resolve(config.tokenRef()))
                : new OAuthTokenProvider(config.baseUrl().resolve(config.tokenPath()), config.clientId(),
                        secrets.resolve(config.clientSecretRef()), secrets.resolve(config.refreshTokenRef()), http, json, clock);
        HubSpotCallLimits limits = new HubSpotCallLimits(config.tenSecondLimit(), config.dailyLimit(), config.searchPerSecond());
        HubSpotClient client = new HubSpotClient(config.baseUrl(), config.apiVersion(), tokens, http, json, limits, sleeper, clock,
                config.portalZone(), config.maxAttempts(), config.maxWait());
        System.getLogger(HubSpotConnection.class.getName()).log(System.Logger.Level.INFO,
                "HubSpot connection {0} (API {1}, secrets by reference only): {2}", config.baseUrl(), config.apiVersion(), config);
        return new HubSpotConnection(config, client, clock);
    }

    public HubSpotConfig config() {
        return config;
    }

    public HubSpotClient client() {
        return client;
    }

    Clock clock() {
        return clock;
    }

    HubSpotPropertyDefinitions definitions() {
        return definitions;
    }

    /** The connection's quota: the rolling ten-second limit. */
    public RateLimit rateLimit() {
        return new RateLimit(config.tenSecondLimit(), Duration.ofSeconds(10));
    }

    /** hs_buying_role and our own role as last read or written, by contact id (to merge with values a person set). */
    Map<String, HubSpotBuyingRoles.Seen> buyingRoles() {
        return buyingRoles;
    }

    /** Audience member keys to record ids, filled by the pulls. */
    HubSpotMemberIndex members() {
        return members;
    }

    static String objectType(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? "companies" : "contacts";
    }

    static String modifiedProperty(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? "hs_lastmodifieddate" : "lastmodifieddate";
    }
}
