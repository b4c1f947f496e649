package dev.abmbridge.sandbox.salesforce;

import java.time.Instant;
import java.util.List;

/** The matched rows of a query that is being paged with queryMore; expires like a real cursor (2 days). */
record QueryCursor(String id, SObjectSchema schema, List<SalesforceField> fields, List<SObjectRow> rows, Instant expiresAt) {
}
