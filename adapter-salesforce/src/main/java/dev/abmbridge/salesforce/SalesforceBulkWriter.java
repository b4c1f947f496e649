package dev.abmbridge.salesforce;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.CSVReader;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.bulk.CsvWriter;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes owned fields of many records of one object with one Bulk API 1.0 update job (CSV): create the job, add one
 * batch per up to 10,000 records, close the job, poll the job's batch list until every batch is done, then read each
 * batch's result file. Rows are built exactly as SOAP updates ({@link SalesforceOwnedUpdate}: owned fields only,
 * fitted values); a column a record does not set is left empty (Bulk leaves the field as it is) and a value to empty
 * is {@code #N/A}. Each result row becomes the record's outcome, classified as SOAP save errors are. Costs
 * 2 + 2 × batches + polls API requests (polls ≥ 1).
 */
final class SalesforceBulkWriter implements BulkWriter {

    /** Bulk API 1.0 takes at most 10,000 records per batch. */
    static final int MAX_RECORDS_PER_BATCH = 10_000;

    /** A Bulk value that empties the field (an empty value leaves it unchanged). */
    static final String EMPTY_THE_FIELD = "#N/A";

    private final SalesforceSession session;
    private final SalesforceConfig config;
    private final SalesforceDescribe describe;
    private final SalesforceBulkWait.Sleeper sleeper;
    private final AtomicLong calls = new AtomicLong();

    SalesforceBulkWriter(SalesforceSession session, SalesforceConfig config, SalesforceDescribe describe,
                         SalesforceBulkWait.Sleeper sleeper) {
        this.session = session;
        this.config = config;
        this.describe = describe;
        this.sleeper = sleeper;
    }

    /** One job of one batch per hand-over: the engine's memory and its journal stay bounded by one batch. */
    @Override
    public int maxUpdates() {
        return MAX_RECORDS_PER_BATCH;
    }

    @Override
    public int threshold() {
        return config.bulkWriteThreshold();
    }

    /** One job of one batch (a hand-over is at most one batch), polled once: 2 + 2 × 1 + 1. */
    @Override
    public int minCallsPerWrite() {
        return 5;
    }

    @Override
    public long callsMade() {
        return calls.get();
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        long before = session.apiCalls();
        try {
            return writeJob(updates);
        } finally {
            calls.addAndGet(session.apiCalls() - before);
        }
    }

    private List<Outcome> writeJob(List<RecordUpdate> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        RecordKind kind = updates.get(0).kind();
        List<Outcome> outcomes = new ArrayList<>(updates.size());
        List<SalesforceOwnedUpdate> rows = new ArrayList<>(updates.size());
        for (RecordUpdate u : updates) {
            if (u.kind() != kind) {
                throw new IllegalArgumentException("one Bulk job writes one object; got " + kind + " and " + u.kind());
            }
            SalesforceOwnedUpdate owned = SalesforceOwnedUpdate.of(u, config, describe);
            if (owned.sendable()) {
                rows.add(owned);
            } else {
                outcomes.add(Outcome.rejected(u.id(), owned.problem()));
            }
        }
        if (rows.isEmpty()) {
            return outcomes;
        }
        String object = SalesforceDescribe.objectName(kind);
        JobInfo request = new JobInfo();
        request.setObject(object);
        request.setOperation(OperationEnum.update);
        request.setContentType(ContentType.CSV);
        JobInfo job = session.bulk("bulk createJob", c -> c.createJob(request));
        List<List<SalesforceOwnedUpdate>> parts = new ArrayList<>();
        List<String> batchIds = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += MAX_RECORDS_PER_BATCH) {
            List<SalesforceOwnedUpdate> part = rows.subList(from, Math.min(rows.size(), from + MAX_RECORDS_PER_BATCH));
            byte[] csv = csv(part);
            BatchInfo batch = session.bulk("bulk createBatch", c -> c.createBatchFromStream(job, new ByteArrayInputStream(csv)));
            parts.add(part);
            batchIds.add(batch.getId());
        }
        session.bulk("bulk closeJob", c -> c.closeJob(job.getId()));
        Map<String, BatchInfo> done = awaitBatches(object, job.getId(), batchIds);
        for (int i = 0; i < parts.size(); i++) {
            BatchInfo info = done.get(batchIds.get(i));
            List<SalesforceOwnedUpdate> part = parts.get(i);
            if (info.getState() != BatchStateEnum.Completed) {
                String reason = "BULK_BATCH_" + info.getState() + ": " + info.getStateMessage();
                part.forEach(r -> outcomes.add(Outcome.rejected(r.id(), reason)));
                continue;
            }
            String batchId = batchIds.get(i);
            session.bulk("bulk getBatchResult", c -> {
                try (InputStream in = c.getBatchResultStream(job.getId(), batchId)) {
                    readResults(in, part, outcomes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
        return outcomes;
    }

    /** The batches' final states, polling the job's batch list (one request for all batches) with a growing wait. */
    private Map<String, BatchInfo> awaitBatches(String object, String jobId, List<String> batchIds) {
        SalesforceBulkWait wait = new SalesforceBulkWait(sleeper, "Bulk update of " + object + " (job " + jobId + ")");
        Set<String> wanted = new LinkedHashSet<>(batchIds);
        while (true) {
            Map<String, BatchInfo> done = new HashMap<>();
            BatchInfo[] infos = session.bulk("bulk getBatchInfoList", c -> c.getBatchInfoList(jobId)).getBatchInfo();
            for (BatchInfo info : infos == null ? new BatchInfo[0] : infos) {
                BatchStateEnum state = info.getState();
                if (wanted.contains(info.getId()) && (state == BatchStateEnum.Completed || state == BatchStateEnum.Failed
                        || state == BatchStateEnum.NotProcessed)) {
                    done.put(info.getId(), info);
                }
            }
            if (done.keySet().containsAll(wanted)) {
                return done;
            }
            wait.pause();
        }
    }

    /** The batch's CSV: Id, then every owned field any of its records sets. */
    private static byte[] csv(List<SalesforceOwnedUpdate> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.values().keySet()));
        String[] header = new String[columns.size() + 1];
        header[0] = "Id";
        int c = 1;
        for (String column : columns) {
            header[c++] = column;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 64);
        CsvWriter writer = new CsvWriter(header, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String[] cells = new String[header.length];
        for (SalesforceOwnedUpdate r : rows) {
            cells[0] = r.id();
            for (int i = 1; i < header.length; i++) {
                cells[i] = cell(r.values(), header[i]);
            }
            writer.writeRecord(cells);
        }
        writer.endDocument();
        return out.toByteArray();
    }

    /** Not set: null (left as it is); emptied: {@code #N/A}; else the fitted value. */
    private static String cell(Map<String, String> values, String column) {
        if (!values.containsKey(column)) {
            return null;
        }
        String value = values.get(column);
        return value == null || value.isEmpty() ? EMPTY_THE_FIELD : value;
    }

    /** Result rows come in the order of the batch's rows: Id, Success, Created, Error. */
    private static void readResults(InputStream in, List<SalesforceOwnedUpdate> part, List<Outcome> outcomes) throws IOException {
        CSVReader reader = new CSVReader(in, "UTF-8");
        reader.setMaxRowsInFile(Integer.MAX_VALUE);
        reader.setMaxCharsInFile(Integer.MAX_VALUE);
        List<String> header = reader.nextRecord();
        int success = header == null ? -1 : header.indexOf("Success");
        int error = header == null ? -1 : header.indexOf("Error");
        int i = 0;
        for (List<String> row = header == null ? null : reader.nextRecord(); row != null && i < part.size();
             row = reader.nextRecord(), i++) {
            String id = part.get(i).id();
            boolean ok = success >= 0 && success < row.size() && "true".equalsIgnoreCase(row.get(success));
            outcomes.add(ok ? Outcome.ok(id) : SalesforceSaveErrors.bulkOutcome(id, error >= 0 && error < row.size() ? row.get(error) : null));
        }
        for (; i < part.size(); i++) {
            outcomes.add(Outcome.retriable(part.get(i).id(), "no result returned for the record", null));
        }
    }
}
