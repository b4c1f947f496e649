package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** One page of a query: the rows, the projection, the locator of the next page (null when done) and the total size. */
record QueryPage(SObjectSchema schema, List<SalesforceField> fields, List<SObjectRow> rows, String queryLocator, int totalSize) {

    boolean done() {
        return queryLocator == null;
    }
}
