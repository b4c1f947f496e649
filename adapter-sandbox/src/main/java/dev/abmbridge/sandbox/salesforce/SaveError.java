package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** One per-record error of a write: a StatusCode of the 65.0 enum, the message and the fields concerned. */
record SaveError(String statusCode, String message, List<String> fields) {

    static SaveError of(String statusCode, String message, String... fields) {
        return new SaveError(statusCode, message, List.of(fields));
    }
}
