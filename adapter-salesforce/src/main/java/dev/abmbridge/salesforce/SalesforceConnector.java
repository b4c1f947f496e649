package dev.abmbridge.salesforce;

import dev.abmbridge.salesforce.client.AccessToken;
import dev.abmbridge.salesforce.client.OAuthTokenClient;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The Salesforce connection façade: owns the session (OAuth token, WSC connections, API budget) and hands out the
 * role objects that share it: source, sink, schema check and setup.
 */
public final class SalesforceConnector {

    public static final String SYSTEM = "salesforce";

    private final SalesforceConfig config;
    private final SalesforceSession session;
    private final SalesforceDescribe describe;

    /** Production wiring: secrets from the process environment or files. */
    public static SalesforceConnector create(SalesforceConfig config) {
        return create(config, System::getenv, Clock.systemUTC());
    }

    public static SalesforceConnector create(SalesforceConfig config, UnaryOperator<String> environment, Clock clock) {
        config.validated();
        OAuthTokenClient oauth = new OAuthTokenClient(config.auth(), environment, clock);
        return new SalesforceConnector(config, oauth::fetch, clock);
    }

    public SalesforceConnector(SalesforceConfig config, Supplier<AccessToken> tokens, Clock clock) {
        this.config = config;
        this.session = new SalesforceSession(tokens, new SalesforceApiBudget(config.apiReserve(), clock), config.timeout());
        this.describe = new SalesforceDescribe(session);
    }

    public SalesforceSource source() {
        return new SalesforceSource(session, config, describe);
    }

    public SalesforceInsightSink sink() {
        return new SalesforceInsightSink(session, config, describe);
    }

    public SalesforceSchemaCheck schemaCheck() {
        return new SalesforceSchemaCheck(config, describe);
    }

    public SalesforceSchemaSetup schemaSetup() {
        return new SalesforceSchemaSetup(config, session, describe);
    }

    public SalesforceSession session() {
        return session;
    }

    public SalesforceConfig config() {
        return config;
    }
}
