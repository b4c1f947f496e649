package dev.abmbridge.salesforce;

import java.time.Instant;
import java.util.List;

/**
 * Records deleted in a window, from getDeleted.
 *
 * @param ids                the deleted records' ids
 * @param latestDateCovered  where the next window starts
 * @param windowPassed       true when Salesforce no longer keeps deletions back to the window's start (about 15
 *                           days): the caller must reconcile against {@code SalesforceSource#allIds}
 */
public record SalesforceDeletions(List<String> ids, Instant latestDateCovered, boolean windowPassed) {

    public SalesforceDeletions {
        ids = List.copyOf(ids);
    }
}
