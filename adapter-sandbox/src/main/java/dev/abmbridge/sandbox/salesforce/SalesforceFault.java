package dev.abmbridge.sandbox.salesforce;

/**
 * A call-level SOAP fault: the fault's detail type (UnexpectedErrorFault, InvalidFieldFault, …), its
 * ExceptionCode and message, and for query faults the row and column.
 */
public final class SalesforceFault extends RuntimeException {

    private final String faultType;
    private final String exceptionCode;
    private final Integer row;
    private final Integer column;

    public SalesforceFault(String faultType, String exceptionCode, String message, Integer row, Integer column) {
        super(message);
        this.faultType = faultType;
        this.exceptionCode = exceptionCode;
        this.row = row;
        this.column = column;
    }

    public static SalesforceFault unexpected(String code, String message) {
        return new SalesforceFault("UnexpectedErrorFault", code, message, null, null);
    }

    public static SalesforceFault invalidSession() {
        return unexpected("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session. Session not found, "
                + "missing session hash. This error usually occurs after a session expires or a user logs out.");
    }

    public static SalesforceFault requestLimitExceeded() {
        return unexpected("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    }

    public static SalesforceFault invalidField(String message, int row, int column) {
        return new SalesforceFault("InvalidFieldFault", "INVALID_FIELD", message, row, column);
    }

    public static SalesforceFault malformedQuery(String message, int row, int column) {
        return new SalesforceFault("MalformedQueryFault", "MALFORMED_QUERY", message, row, column);
    }

    public static SalesforceFault invalidType(String type) {
        return new SalesforceFault("InvalidSObjectFault", "INVALID_TYPE", "sObject type '" + type + "' is not supported. "
                + "If you are attempting to use a custom object, be sure to append the '__c' after the entity name. "
                + "Please reference your WSDL or the describe call for the appropriate names.", null, null);
    }

    public static SalesforceFault exceededIdLimit() {
        return unexpected("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records into this call");
    }

    public String faultType() {
        return faultType;
    }

    public String exceptionCode() {
        return exceptionCode;
    }

    public Integer row() {
        return row;
    }

    public Integer column() {
        return column;
    }
}
