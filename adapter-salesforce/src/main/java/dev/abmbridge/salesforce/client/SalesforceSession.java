package dev.abmbridge.salesforce.client;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BulkConnection;
import com.sforce.soap.metadata.MetadataConnection;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SoapFaultException;
import dev.abmbridge.core.spi.SystemUnavailableException;
import dev.abmbridge.salesforce.SalesforceApiBudget;
import dev.abmbridge.salesforce.SalesforceApiException;
import dev.abmbridge.salesforce.SalesforceAuthException;
import dev.abmbridge.salesforce.SalesforceBudgetExhaustedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The WSC connections of one org, authenticated with an OAuth access token as the session id (SOAP login() is
 * retired). Every call goes through here: the API budget is checked before it, the LimitInfoHeader read after it,
 * an INVALID_SESSION_ID renews the token, replaces the connection's SessionHeader (WSC keeps its own copy, so
 * renewing only the config would fail every later call once more) and retries once; errors are classified here.
 */
public final class SalesforceSession {

    public static final String API_VERSION = "65.0";
    public static final String METADATA_API_VERSION = "62.0";

    /** One SOAP call on a connection. */
    @FunctionalInterface
    public interface SoapCall<C, T> {
        T call(C connection) throws ConnectionException;
    }

    /** One Bulk API 1.0 request on the session's BulkConnection. */
    @FunctionalInterface
    public interface BulkCall<T> {
        T call(BulkConnection connection) throws AsyncApiException;
    }

    private final Supplier<AccessToken> tokens;
    private final SalesforceApiBudget budget;
    private final Duration timeout;
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong renewals = new AtomicLong();
    private AccessToken token;
    private PartnerConnection partner;
    private MetadataConnection metadata;
    private BulkConnection bulk;

    public SalesforceSession(Supplier<AccessToken> tokens, SalesforceApiBudget budget, Duration timeout) {
        this.tokens = tokens;
        this.budget = budget;
        this.timeout = timeout;
    }

    /** A partner API call. */
    public synchronized <T> T partner(String operation, SoapCall<PartnerConnection, T> call) {
        return run(operation, call, false);
    }

    /** A Metadata API call. */
    public synchronized <T> T metadata(String operation, SoapCall<MetadataConnection, T> call) {
        return run(operation, call, true);
    }

    @SuppressWarnings("unchecked")
    private <C, T> T run(String operation, SoapCall<C, T> call, boolean isMetadata) {
        budget.checkBeforeCall(operation);
        for (int attempt = 1; ; attempt++) {
            C connection = (C) (isMetadata ? metadataConnection() : partnerConnection());
            try {
                apiCalls.incrementAndGet();
                T result = call.call(connection);
                if (!isMetadata) {
                    budget.observe(partner.getLimitInfoHeader());
                }
                return result;
            } catch (ConnectionException e) {
                if (attempt == 1 && isInvalidSession(e)) {
                    renew();
                    continue;
                }
                throw classify(operation, e);
            }
        }
    }

    /**
     * A Bulk API 1.0 request (each is one API request) with the same token: the budget is checked before it (Bulk
     * answers carry no LimitInfoHeader, so the reading is the last SOAP one); InvalidSessionId renews the token and
     * retries once.
     */
    public synchronized <T> T bulk(String operation, BulkCall<T> call) {
        budget.checkBeforeCall(operation);
        for (int attempt = 1; ; attempt++) {
            BulkConnection connection = bulkConnection();
            try {
                apiCalls.incrementAndGet();
                return call.call(connection);
            } catch (AsyncApiException e) {
                if (attempt == 1 && e.getExceptionCode() == AsyncExceptionCode.InvalidSessionId) {
                    renew();
                    continue;
                }
                throw classify(operation, e);
            }
        }
    }

    /** API calls made (retries included), Metadata API calls included. */
    public long apiCalls() {
        return apiCalls.get();
    }

    /** Token renewals after INVALID_SESSION_ID. */
    public long renewals() {
        return renewals.get();
    }

    public SalesforceApiBudget budget() {
        return budget;
    }

    private void renew() {
        renewals.incrementAndGet();
        token = tokens.get();
        if (partner != null) {
            partner.getConfig().setSessionId(token.value());
            partner.getConfig().setServiceEndpoint(partnerEndpoint(token));
            partner.setSessionHeader(token.value());
        }
        bulk = null; // a new BulkConnection takes the new session id and endpoint
        if (metadata != null) {
            metadata.getConfig().setSessionId(token.value());
            metadata.getConfig().setServiceEndpoint(metadataEndpoint(token));
            metadata.setSessionHeader(token.value());
        }
    }

    private PartnerConnection partnerConnection() {
        if (partner == null) {
            AccessToken t = token();
            ConnectorConfig config = config(t, partnerEndpoint(t));
            config.setAuthEndpoint(partnerEndpoint(t));
            try {
                partner = new PartnerConnection(config);
            } catch (ConnectionException e) {
                throw classify("connect", e);
            }
        }
        return partner;
    }

    private BulkConnection bulkConnection() {
        if (bulk == null) {
            AccessToken t = token();
            ConnectorConfig config = config(t, partnerEndpoint(t));
            config.setRestEndpoint(base(t) + "/services/async/" + API_VERSION);
            try {
                bulk = new BulkConnection(config);
            } catch (AsyncApiException e) {
                throw classify("connect", e);
            }
        }
        return bulk;
    }

    private MetadataConnection metadataConnection() {
        if (metadata == null) {
            AccessToken t = token();
            try {
                metadata = new MetadataConnection(config(t, metadataEndpoint(t)));
            } catch (ConnectionException e) {
                throw classify("connect", e);
            }
        }
        return metadata;
    }

    private AccessToken token() {
        if (token == null) {
            token = tokens.get();
        }
        return token;
    }

    private ConnectorConfig config(AccessToken t, String endpoint) {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(t.value());
        config.setServiceEndpoint(endpoint);
        config.setConnectionTimeout((int) timeout.toMillis());
        config.setReadTimeout((int) Math.max(timeout.toMillis(), 120_000));
        config.setTraceMessage(false);
        return config;
    }

    private static String partnerEndpoint(AccessToken t) {
        return base(t) + "/services/Soap/u/" + API_VERSION;
    }

    private static String metadataEndpoint(AccessToken t) {
        return base(t) + "/services/Soap/m/" + METADATA_API_VERSION;
    }

    private static String base(AccessToken t) {
        String url = t.instanceUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String faultCode(ConnectionException e) {
        if (e instanceof ApiFault f && f.getExceptionCode() != null) {
            return f.getExceptionCode().toString();
        }
        if (e instanceof SoapFaultException f && f.getFaultCode() != null) {
            return f.getFaultCode().getLocalPart();
        }
        return null;
    }

    private static boolean isInvalidSession(ConnectionException e) {
        return "INVALID_SESSION_ID".equals(faultCode(e));
    }

    private static String faultMessage(ConnectionException e) {
        if (e instanceof ApiFault f) {
            return f.getExceptionMessage();
        }
        return e.getMessage();
    }

    /** A Bulk API error, classified as the SOAP ones are. */
    static RuntimeException classify(String operation, AsyncApiException e) {
        AsyncExceptionCode code = e.getExceptionCode();
        String message = e.getExceptionMessage();
        if (code == null) {
            return new SystemUnavailableException("Salesforce Bulk " + operation + " failed", null);
        }
        return switch (code) {
            case InvalidSessionId -> new SalesforceAuthException("Salesforce rejected a freshly renewed session on Bulk "
                    + operation + ": check the connected app and the integration user");
            case ExceededQuota -> new SalesforceBudgetExhaustedException("stopped at Bulk " + operation + ": the org's daily "
                    + "API requests or Bulk batches are used up (ExceededQuota); the next run resumes where this one stopped", -1, -1);
            case InternalServerError, Timeout, TooManyLockFailure, ClientInputError ->
                    new SystemUnavailableException("Salesforce Bulk " + operation + " failed: " + code + ": " + message, null);
            default -> new SalesforceApiException(code.name(), "Bulk " + operation + ": " + message);
        };
    }

    /** Retriable, budget, auth or permanent: decided here, at the edge. */
    static RuntimeException classify(String operation, ConnectionException e) {
        String code = faultCode(e);
        if (code == null) {
            return new SystemUnavailableException("Salesforce " + operation + " failed in transport ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        String message = faultMessage(e);
        return switch (code) {
            case "INVALID_SESSION_ID" -> new SalesforceAuthException("Salesforce rejected a freshly renewed session on "
                    + operation + ": check the connected app and the integration user");
            case "REQUEST_LIMIT_EXCEEDED" -> message != null && message.contains("TotalRequests")
                    ? new SalesforceBudgetExhaustedException("stopped at " + operation + ": the org's daily API requests are "
                    + "used up (REQUEST_LIMIT_EXCEEDED); the next run resumes where this one stopped", -1, -1)
                    : new SystemUnavailableException("Salesforce throttled " + operation + ": " + message, Duration.ofSeconds(30));
            case "UNKNOWN_EXCEPTION", "SERVER_UNAVAILABLE", "QUERY_TIMEOUT", "UNABLE_TO_LOCK_ROW" ->
                    new SystemUnavailableException("Salesforce " + operation + " failed: " + code + ": " + message, null);
            default -> new SalesforceApiException(code, operation + ": " + message);
        };
    }
}
