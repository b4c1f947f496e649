package dev.abmbridge.salesforce;

/**
 * The org's daily API allocation is down to the configured reserve (or Salesforce answered REQUEST_LIMIT_EXCEEDED):
 * the run stops before the next call. Nothing is lost: the engine advances cursors only past stored records and
 * keeps unwritten changes pending, so the next run resumes where this one stopped.
 */
public class SalesforceBudgetExhaustedException extends RuntimeException {

    private final long used;
    private final long limit;

    public SalesforceBudgetExhaustedException(String message, long used, long limit) {
        super(message);
        this.used = used;
        this.limit = limit;
    }

    public long used() {
        return used;
    }

    public long limit() {
        return limit;
    }
}
