package dev.abmbridge.salesforce;

import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes owned fields with the partner {@code update} call, at most 200 records per call (Salesforce fails a larger
 * call whole). Only the configured owned fields are ever set; values are fitted to each field's length and precision
 * from describe; per-record errors become outcomes (UNABLE_TO_LOCK_ROW retriable, everything else rejected with
 * Salesforce's status code and message). A record whose fields the API user cannot see is rejected without a call.
 * Larger hand-overs go to its {@link SalesforceBulkWriter}, which builds the same values into a Bulk job.
 */
public final class SalesforceInsightSink implements InsightSink {

    public static final int MAX_RECORDS_PER_CALL = 200;

    private final SalesforceSession session;
    private final SalesforceConfig config;
    private final SalesforceDescribe describe;
    private final SalesforceBulkWriter bulk;

    public SalesforceInsightSink(SalesforceSession session, SalesforceConfig config, SalesforceDescribe describe) {
        this(session, config, describe, SalesforceBulkWait.REAL_TIME);
    }

    SalesforceInsightSink(SalesforceSession session, SalesforceConfig config, SalesforceDescribe describe,
                          SalesforceBulkWait.Sleeper bulkSleeper) {
        this.session = session;
        this.config = config;
        this.describe = describe;
        this.bulk = new SalesforceBulkWriter(session, config, describe, bulkSleeper);
    }

    @Override
    public String system() {
        return SalesforceConnector.SYSTEM;
    }

    @Override
    public int maxBatchSize() {
        return MAX_RECORDS_PER_CALL;
    }

    /** Salesforce has no per-second quota for short calls; this keeps a single run polite. */
    @Override
    public RateLimit rateLimit() {
        return new RateLimit(20, Duration.ofSeconds(1));
    }

    /** Bulk API 1.0 update jobs for hand-overs above {@code salesforce.bulk-write-threshold}; none when it is 0. */
    @Override
    public Optional<BulkWriter> bulkWriter() {
        return config.bulkWriteThreshold() > 0 ? Optional.of(bulk) : Optional.empty();
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        if (updates.size() > MAX_RECORDS_PER_CALL) {
            throw new IllegalArgumentException("at most " + MAX_RECORDS_PER_CALL + " records per update call, got " + updates.size());
        }
        List<Outcome> outcomes = new ArrayList<>(updates.size());
        List<SObject> toSend = new ArrayList<>();
        List<String> sentIds = new ArrayList<>();
        for (RecordUpdate u : updates) {
            SalesforceOwnedUpdate owned = SalesforceOwnedUpdate.of(u, config, describe);
            if (!owned.sendable()) {
                outcomes.add(Outcome.rejected(u.id(), owned.problem()));
                continue;
            }
            SObject record = new SObject(SalesforceDescribe.objectName(u.kind()));
            record.setId(u.id());
            List<String> toNull = new ArrayList<>();
            owned.values().forEach((apiName, value) -> {
                if (value == null) {
                    toNull.add(apiName);
                } else {
                    record.setField(apiName, value);
                }
            });
            if (!toNull.isEmpty()) {
                record.setFieldsToNull(toNull.toArray(String[]::new));
            }
            toSend.add(record);
            sentIds.add(u.id());
        }
        if (toSend.isEmpty()) {
            return outcomes;
        }
        SObject[] batch = toSend.toArray(SObject[]::new);
        SaveResult[] results = session.partner("update", c -> c.update(batch));
        for (int i = 0; i < sentIds.size(); i++) {
            SaveResult r = i < results.length ? results[i] : null;
            outcomes.add(r == null ? Outcome.retriable(sentIds.get(i), "no result returned for the record", null)
                    : SalesforceSaveErrors.outcome(sentIds.get(i), r));
        }
        return outcomes;
    }
}
