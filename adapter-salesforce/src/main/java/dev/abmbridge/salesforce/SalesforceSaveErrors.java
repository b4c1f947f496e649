package dev.abmbridge.salesforce;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import dev.abmbridge.core.spi.Outcome;
import java.util.Set;
import java.util.StringJoiner;

/** Per-record results of a write, classified: a lock or a timeout is worth another try, anything else is a rejection. */
final class SalesforceSaveErrors {

    private static final Set<StatusCode> RETRIABLE = Set.of(StatusCode.UNABLE_TO_LOCK_ROW, StatusCode.REQUEST_RUNNING_TOO_LONG);

    private SalesforceSaveErrors() {
    }

    static Outcome outcome(String id, SaveResult result) {
        if (result.isSuccess()) {
            return Outcome.ok(id);
        }
        Error[] errors = result.getErrors();
        if (errors == null || errors.length == 0) {
            return Outcome.rejected(id, "UNKNOWN: Salesforce gave no reason");
        }
        StringJoiner reason = new StringJoiner("; ");
        boolean retriable = true;
        for (Error e : errors) {
            retriable &= e.getStatusCode() != null && RETRIABLE.contains(e.getStatusCode());
            String fields = e.getFields() == null || e.getFields().length == 0 ? "" : " [" + String.join(", ", e.getFields()) + "]";
            reason.add(e.getStatusCode() + ": " + e.getMessage() + fields);
        }
        return retriable ? Outcome.retriable(id, reason.toString(), null) : Outcome.rejected(id, reason.toString());
    }

    /**
     * A failed Bulk result row: its Error cell reads {@code STATUS_CODE:message:fields --}; the status code decides
     * as for SOAP and the reason reads as a SOAP one ({@code STATUS_CODE: message [fields]}).
     */
    static Outcome bulkOutcome(String id, String error) {
        if (error == null || error.isBlank()) {
            return Outcome.rejected(id, "UNKNOWN: Salesforce gave no reason");
        }
        String text = error.strip();
        if (text.endsWith("--")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        int colon = text.indexOf(':');
        String code = colon < 0 ? text : text.substring(0, colon);
        String rest = colon < 0 ? "" : text.substring(colon + 1);
        boolean retriable = RETRIABLE.stream().anyMatch(c -> c.name().equals(code));
        int last = rest.lastIndexOf(':');
        String message = last < 0 ? rest : rest.substring(0, last);
        String fields = last < 0 ? "" : rest.substring(last + 1).strip();
        String reason = code + ": " + message + (fields.isEmpty() ? "" : " [" + fields + "]");
        return retriable ? Outcome.retriable(id, reason, null) : Outcome.rejected(id, reason);
    }
}
