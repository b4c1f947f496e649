package dev.abmbridge.hubspot;

import dev.abmbridge.hubspot.client.HubSpotReply;
import dev.abmbridge.hubspot.client.Sleeper;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A sandbox HubSpot portal for one test and a connection to it. The connection's sleeper records each wait and
 * moves the sandbox clock instead of sleeping, so rate-limit windows pass without real time passing.
 */
final class HubSpotTestPortal implements AutoCloseable {

    static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final Sandbox sandbox;
    final HubSpotConnection connection;

    private HubSpotTestPortal(int accounts, int contacts, UnaryOperator<SandboxConfig> sandboxConfig,
                              UnaryOperator<HubSpotConfig> hubSpotConfig) {
        this.sandbox = Sandbox.start(sandboxConfig.apply(SandboxConfig.defaults().withData(accounts, contacts, 7).withClock(clock)
                .withHubSpotLimits(100_000, 10_000_000).withHubSpotSearchPerSecond(100_000)));
        String token = sandbox.hubSpot().privateAppToken();
        HubSpotConfig config = hubSpotConfig.apply(HubSpotConfig.token("env:HUBSPOT_TOKEN")
                .withBaseUrl(URI.create(sandbox.hubSpotUrl())).withLimits(100_000, 10_000_000, 100_000).withSearchSettle(Duration.ZERO));
        Sleeper sleeper = d -> {
            sleeps.add(d);
            clock.advance(d);
        };
        this.connection = HubSpotConnection.open(config, new HubSpotSecrets(Map.of("HUBSPOT_TOKEN", token)::get), clock, sleeper);
    }

    static HubSpotTestPortal empty() {
        return new HubSpotTestPortal(0, 0, c -> c, c -> c);
    }

    static HubSpotTestPortal start(int accounts, int contacts, UnaryOperator<SandboxConfig> sandboxConfig,
                                   UnaryOperator<HubSpotConfig> hubSpotConfig) {
        return new HubSpotTestPortal(accounts, contacts, sandboxConfig, hubSpotConfig);
    }

    /** Moves the sandbox clock to {@code at} when that is later than now. */
    void moveTo(Instant at) {
        if (at.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), at));
        }
    }

    /** Creates a record with these properties; returns its HubSpot id. */
    String create(String objectType, Map<String, String> properties) {
        HubSpotReply reply = connection.client().post(connection.client().objects(objectType), Map.of("properties", properties));
        if (!reply.ok()) {
            throw new IllegalStateException("create failed: " + reply.body());
        }
        return reply.body().get("id").asString();
    }

    String company(String name, String domain) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("domain", domain);
        return create("companies", p);
    }

    void associate(String contactId, String companyId) {
        HubSpotReply reply = connection.client().send("PUT",
                connection.client().objects("contacts/" + contactId + "/associations/default/companies/" + companyId), null);
        if (!reply.ok()) {
            throw new IllegalStateException("association failed: " + reply.body());
        }
    }

    void setUpSchema() {
        new HubSpotSchemaSetup(connection).setup(false);
    }

    String value(String objectType, String id, String property) {
        dev.abmbridge.sandbox.hubspot.HubSpotObjectType type = objectType.equals("companies")
                ? dev.abmbridge.sandbox.hubspot.HubSpotObjectType.COMPANIES : dev.abmbridge.sandbox.hubspot.HubSpotObjectType.CONTACTS;
        return sandbox.hubSpot().portal().value(type, id, property).orElse(null);
    }

    long calls(String operation) {
        return sandbox.ledger().calls("hubspot", operation);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
