package dev.abmbridge.salesforce;

import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.LimitInfoHeader_element;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The org's daily API allocation as the last response's LimitInfoHeader reported it, and the reserve the connector
 * leaves to the org's other integrations: no call is made once {@code limit - used <= reserve}. The allocation is a
 * rolling 24 hours, so a reading older than {@link #STALE_AFTER} no longer stops a call: the call refreshes it.
 */
public final class SalesforceApiBudget {

    static final String API_REQUESTS = "API REQUESTS";

    public static final Duration STALE_AFTER = Duration.ofMinutes(15);

    private final long reserve;
    private final Clock clock;
    private volatile long used = -1;
    private volatile long limit = -1;
    private volatile Instant observedAt = Instant.MIN;

    public SalesforceApiBudget(long reserve, Clock clock) {
        this.clock = clock;
        if (reserve < 0) {
            throw new IllegalArgumentException("the API reserve cannot be negative");
        }
        this.reserve = reserve;
    }

    /** Reads the header of the response just received; a response without one changes nothing. */
    public void observe(LimitInfoHeader_element header) {
        if (header == null || header.getLimitInfo() == null) {
            return;
        }
        for (LimitInfo info : header.getLimitInfo()) {
            if (API_REQUESTS.equalsIgnoreCase(info.getType())) {
                used = info.getCurrent();
                limit = info.getLimit();
                observedAt = clock.instant();
            }
        }
    }

    /** Throws when the next call would eat into the reserve. Before the first response the allocation is unknown. */
    public void checkBeforeCall(String operation) {
        long l = limit;
        long u = used;
        boolean fresh = observedAt.isAfter(clock.instant().minus(STALE_AFTER));
        if (fresh && l > 0 && l - u <= reserve) {
            throw new SalesforceBudgetExhaustedException("stopped before " + operation + ": the org has used " + u + " of its "
                    + l + " daily API requests and " + reserve + " are reserved for other integrations; the next run resumes "
                    + "where this one stopped", u, l);
        }
    }

    public long reserve() {
        return reserve;
    }

    /** -1 until a response reported it. */
    public long used() {
        return used;
    }

    /** -1 until a response reported it. */
    public long limit() {
        return limit;
    }

    public long remainingAboveReserve() {
        return limit < 0 ? Long.MAX_VALUE : Math.max(0, limit - used - reserve);
    }
}
