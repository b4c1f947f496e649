package dev.abmbridge.salesforce;

/**
 * A call Salesforce refused for a reason retrying will not fix (INVALID_FIELD, MALFORMED_QUERY, INSUFFICIENT_ACCESS…).
 * The message carries the API's exception code and message, never a secret.
 */
public class SalesforceApiException extends RuntimeException {

    private final String code;

    public SalesforceApiException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
