package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.http.EmulatorHandler;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.http.FaultResponses;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Routes requests to the Salesforce org's OAuth, partner SOAP, Metadata and Bulk API 1.0 endpoints. */
public final class SalesforceEmulator implements EmulatorHandler, FaultResponses {

    private final SalesforceOrg org;
    private final TokenRegistry accessTokens;
    private final ApiCallLedger ledger;
    private final PartnerSoapApi partner;
    private final MetadataSoapApi metadata;
    private final BulkApi bulk;
    private final Supplier<String> instanceUrl;
    private final Duration sessionLifetime;
    private final TokenRegistry refreshTokens;
    private volatile SalesforceOAuth oauth;

    public SalesforceEmulator(SalesforceOrg org, Clock clock, Duration sessionLifetime, ApiCallLedger ledger, FaultInjector faults,
                              FieldWriteLog writeLog, Supplier<String> instanceUrl) {
        this.org = org;
        this.accessTokens = new TokenRegistry(clock, SalesforceOrg.ORG_ID + "!AQ");
        this.refreshTokens = new TokenRegistry(clock, "5Aep861");
        this.ledger = ledger;
        this.sessionLifetime = sessionLifetime;
        this.instanceUrl = instanceUrl;
        this.partner = new PartnerSoapApi(org, accessTokens, ledger, faults, writeLog);
        this.metadata = new MetadataSoapApi(org, accessTokens, ledger);
        this.bulk = new BulkApi(org, accessTokens, ledger, new QueryService(org), new RecordWriter(org, faults, writeLog));
    }

    public SalesforceOrg org() {
        return org;
    }

    /** Issues an access token directly, as if a client had done the OAuth flow (for tests and benchmarks). */
    public String issueAccessToken() {
        return accessTokens.issue(SalesforceOAuth.USER_NAME, sessionLifetime).value();
    }

    @Override
    public EmulatorResponse handle(EmulatorRequest request) {
        String path = request.path();
        if (path.equals("/services/oauth2/token")) {
            ledger.record("salesforce", "oauth2/token", 0);
            return oauth().token(request);
        }
        if (path.startsWith("/services/Soap/u/") && request.is("POST")) {
            return partner.handle(request.body());
        }
        if (path.startsWith("/services/Soap/m/") && request.is("POST")) {
            return metadata.handle(request.body());
        }
        if (path.startsWith("/services/async/")) {
            return bulk.handle(request);
        }
        return EmulatorResponse.of(404, "text/html", "<html><body>The requested resource does not exist</body></html>");
    }

    private SalesforceOAuth oauth() {
        if (oauth == null) {
            oauth = new SalesforceOAuth(accessTokens, refreshTokens, org.clock(), sessionLifetime, instanceUrl.get());
        }
        return oauth;
    }

    @Override
    public EmulatorResponse serverError() {
        return EmulatorResponse.xml(500, SoapEnvelopes.fault(SalesforceFault.unexpected("UNKNOWN_EXCEPTION",
                "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-123456789)"),
                "urn:fault.partner.soap.sforce.com"));
    }

    @Override
    public EmulatorResponse throttled() {
        return EmulatorResponse.xml(500, SoapEnvelopes.fault(SalesforceFault.unexpected("REQUEST_LIMIT_EXCEEDED",
                "ConcurrentPerOrgLongTxn Limit exceeded."), "urn:fault.partner.soap.sforce.com"));
    }
}
