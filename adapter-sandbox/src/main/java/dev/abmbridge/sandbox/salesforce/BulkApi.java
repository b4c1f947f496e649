package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.http.EmulatorRequest;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.w3c.dom.Element;

/**
 * Bulk API 1.0 ({@code /services/async/<version>/job...}) as WSC's {@code BulkConnection} uses it: jobs described in
 * XML, batches in CSV ({@code update} of existing records, {@code query}), results in CSV. Batches run when they are
 * created, against the same org, write log and daily API count as the SOAP API; a batch is reported {@code Queued}
 * once, by its creation, and {@code Completed} (or {@code Failed}) from then on. Every HTTP request is one API request.
 */
final class BulkApi {

    static final String NS = "http://www.force.com/2009/06/asyncapi/dataload";
    static final int MAX_RECORDS_PER_BATCH = 10_000;
    static final int QUERY_RESULT_ROWS = 100_000;

    private final SalesforceOrg org;
    private final TokenRegistry tokens;
    private final ApiCallLedger ledger;
    private final QueryService queries;
    private final RecordWriter writer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong(1);

    private static final class Job {
        final String id;
        final String operation;
        final String object;
        final String contentType;
        final String createdDate;
        volatile String state = "Open";
        final Map<String, Batch> batches = new LinkedHashMap<>();

        Job(String id, String operation, String object, String contentType, String createdDate) {
            this.id = id;
            this.operation = operation;
            this.object = object;
            this.contentType = contentType;
            this.createdDate = createdDate;
        }
    }

    private static final class Batch {
        final String id;
        final String createdDate;
        String state = "Queued";
        String stateMessage;
        int processed;
        int failed;
        String resultCsv;
        final Map<String, String> queryResults = new LinkedHashMap<>();
        boolean reported;

        Batch(String id, String createdDate) {
            this.id = id;
            this.createdDate = createdDate;
        }
    }

    /** A Bulk API error: HTTP 400 with an {@code error} document. */
    private static final class BulkError extends RuntimeException {
        final String code;

        BulkError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    BulkApi(SalesforceOrg org, TokenRegistry tokens, ApiCallLedger ledger, QueryService queries, RecordWriter writer) {
        this.org = org;
        this.tokens = tokens;
        this.ledger = ledger;
        this.queries = queries;
        this.writer = writer;
    }

    EmulatorResponse handle(EmulatorRequest request) {
        String[] parts = request.path().split("/");
        // "", services, async, <version>, job, [jobId, [batch, [batchId, [result, [resultId]]]]]
        String operation = "bulk";
        try {
            if (parts.length < 5 || !parts[4].equals("job")) {
                throw new BulkError("InvalidUrl", "Destination URL not reset. The URL returned from login must be set");
            }
            String session = request.header("X-SFDC-Session").orElse(null);
            if (session == null || tokens.status(session) != TokenStatus.VALID) {
                operation = "bulk:fault";
                throw new BulkError("InvalidSessionId", "Invalid session id");
            }
            if (!org.tryCountApiRequest()) {
                operation = "bulk:fault";
                throw new BulkError("ExceededQuota", "TotalRequests Limit exceeded.");
            }
            int n = parts.length;
            if (n == 5 && request.is("POST")) {
                operation = "bulk:createJob";
                return xml(201, jobInfo(createJob(request.body())));
            }
            Job job = n > 5 ? jobs.get(parts[5]) : null;
            if (job == null) {
                throw new BulkError("InvalidJob", "Invalid job id: " + (n > 5 ? parts[5] : ""));
            }
            if (n == 6 && request.is("GET")) {
                operation = "bulk:getJobStatus";
                return xml(200, jobInfo(job));
            }
            if (n == 6 && request.is("POST")) {
                operation = "bulk:updateJob";
                return xml(200, jobInfo(updateJob(job, request.body())));
            }
            if (n == 7 && parts[6].equals("batch") && request.is("POST")) {
                operation = "bulk:createBatch";
                Batch batch = createBatch(job, request.body());
                ledger.record("salesforce", operation, batch.processed);
                operation = null;
                return xml(201, batchInfo(job, batch));
            }
            if (n == 7 && parts[6].equals("batch") && request.is("GET")) {
                operation = "bulk:getBatchInfoList";
                StringBuilder out = new StringBuilder("<batchInfoList xmlns=\"" + NS + "\">");
                synchronized (job) {
                    job.batches.values().forEach(b -> out.append(batchInfo(job, b)));
                }
                return xml(200, out.append("</batchInfoList>").toString());
            }
            Batch batch = n > 7 ? batch(job, parts[7]) : null;
            if (batch != null && n == 8 && request.is("GET")) {
                operation = "bulk:getBatchInfo";
                return xml(200, batchInfo(job, batch));
            }
            if (batch != null && n == 9 && parts[8].equals("result") && request.is("GET")) {
                operation = "bulk:getBatchResult";
                if (job.operation.equals("query")) {
                    StringBuilder out = new StringBuilder("<result-list xmlns=\"" + NS + "\">");
                    batch.queryResults.keySet().forEach(id -> out.append("<result>").append(id).append("</result>"));
                    return xml(200, out.append("</result-list>").toString());
                }
                return EmulatorResponse.of(200, "text/csv; charset=UTF-8", batch.resultCsv);
            }
            if (batch != null && n == 10 && parts[8].equals("result") && request.is("GET")) {
                operation = "bulk:getQueryResult";
                String csv = batch.queryResults.get(parts[9]);
                if (csv == null) {
                    throw new BulkError("InvalidBatch", "Invalid query result id: " + parts[9]);
                }
                return EmulatorResponse.of(200, "text/csv; charset=UTF-8", csv);
            }
            throw new BulkError("InvalidUrl", "Unknown Bulk API resource " + request.method() + " " + request.path());
        } catch (BulkError e) {
            if (operation != null && !operation.endsWith(":fault")) {
                operation = operation + ":fault";
            }
            return xml(400, "<error xmlns=\"" + NS + "\"><exceptionCode>" + e.code + "</exceptionCode><exceptionMessage>"
                    + Xml.escape(e.getMessage()) + "</exceptionMessage></error>");
        } finally {
            if (operation != null) {
                ledger.record("salesforce", operation, 0);
            }
        }
    }

    private Job createJob(String body) {
        Element root = parse(body);
        String operation = Xml.childText(root, "operation");
        String object = Xml.childText(root, "object");
        String contentType = Xml.childText(root, "contentType");
        if (operation == null || !(operation.equals("update") || operation.equals("query"))) {
            throw new BulkError("InvalidJob", "The sandbox emulates the operations update and query, not " + operation);
        }
        if (contentType != null && !contentType.equals("CSV")) {
            throw new BulkError("InvalidJob", "The sandbox emulates CSV jobs only, not " + contentType);
        }
        SObjectTable table = org.table(object == null ? "" : object)
                .orElseThrow(() -> new BulkError("InvalidJob", "Unable to find object: " + object));
        String id = String.format("750SB%013d", numbers.getAndIncrement());
        Job job = new Job(id, operation, table.schema().name(), "CSV", SalesforceTime.format(org.clock().instant()));
        jobs.put(id, job);
        return job;
    }

    private Job updateJob(Job job, String body) {
        String state = Xml.childText(parse(body), "state");
        if (!"Closed".equals(state) && !"Aborted".equals(state)) {
            throw new BulkError("InvalidJobState", "The job state can only be set to Closed or Aborted, not " + state);
        }
        synchronized (job) {
            if (!job.state.equals("Open")) {
                throw new BulkError("InvalidJobState", "Job " + job.id + " is already " + job.state);
            }
            job.state = state;
        }
        return job;
    }

    private Batch createBatch(Job job, String body) {
        synchronized (job) {
            if (!job.state.equals("Open")) {
                throw new BulkError("InvalidJobState", "Job " + job.id + " is " + job.state + ": no batch can be added");
            }
            Batch batch = new Batch(String.format("751SB%013d", numbers.getAndIncrement()), SalesforceTime.format(org.clock().instant()));
            job.batches.put(batch.id, batch);
            try {
                if (job.operation.equals("query")) {
                    runQuery(batch, body);
                } else {
                    runUpdate(job, batch, body);
                }
                batch.state = "Completed";
            } catch (SalesforceFault e) {
                batch.state = "Failed";
                batch.stateMessage = e.exceptionCode() + " : " + e.getMessage();
            } catch (IllegalArgumentException e) {
                batch.state = "Failed";
                batch.stateMessage = "InvalidBatch : " + e.getMessage();
            }
            return batch;
        }
    }

    private void runQuery(Batch batch, String soql) {
        QueryPage page = queries.all(soql.trim());
        SObjectSchema schema = page.schema();
        List<String> header = page.fields().stream().map(SalesforceField::name).toList();
        List<Integer> columns = header.stream().map(schema::column).toList();
        List<SObjectRow> rows = page.rows();
        int from = 0;
        do {
            int to = Math.min(rows.size(), from + QUERY_RESULT_ROWS);
            StringBuilder out = new StringBuilder();
            BulkCsv.row(out, header);
            List<String> cells = new ArrayList<>(columns.size());
            for (SObjectRow row : rows.subList(from, to)) {
                cells.clear();
                for (int column : columns) {
                    cells.add(row.get(column));
                }
                BulkCsv.row(out, cells);
            }
            batch.queryResults.put(String.format("752SB%013d", numbers.getAndIncrement()), out.toString());
            from = to;
        } while (from < rows.size());
        batch.processed = rows.size();
    }

    private void runUpdate(Job job, Batch batch, String csv) {
        List<List<String>> rows = BulkCsv.parse(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Empty batch: a CSV header is required");
        }
        if (rows.size() - 1 > MAX_RECORDS_PER_BATCH) {
            throw new IllegalArgumentException("Records in a batch must not exceed " + MAX_RECORDS_PER_BATCH);
        }
        List<String> header = rows.get(0);
        int idColumn = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase("Id")) {
                idColumn = i;
            }
        }
        List<SObjectInput> inputs = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("The number of values does not match the header: " + row.size() + " for "
                        + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> toNull = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String value = row.get(i);
                if (i == idColumn || value.isEmpty()) {
                    continue; // an empty value leaves the field as it is
                }
                if (value.equals("#N/A")) {
                    toNull.add(header.get(i));
                } else {
                    values.put(header.get(i), value);
                }
            }
            String id = idColumn < 0 || row.get(idColumn).isBlank() ? null : row.get(idColumn).trim();
            inputs.add(new SObjectInput(job.object, id, values, toNull));
        }
        List<SaveOutcome> outcomes = writer.updateAll(inputs);
        StringBuilder out = new StringBuilder();
        BulkCsv.row(out, List.of("Id", "Success", "Created", "Error"));
        int failed = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            SaveOutcome o = outcomes.get(i);
            String error = "";
            if (!o.success()) {
                failed++;
                SaveError e = o.errors().get(0);
                error = e.statusCode() + ":" + e.message() + ":" + String.join(",", e.fields()) + " --";
            }
            BulkCsv.row(out, List.of(o.success() ? o.id() : inputs.get(i).id() == null ? "" : inputs.get(i).id(),
                    String.valueOf(o.success()), String.valueOf(o.created()), error));
        }
        batch.resultCsv = out.toString();
        batch.processed = outcomes.size();
        batch.failed = failed;
    }

    private static Batch batch(Job job, String id) {
        synchronized (job) {
            Batch batch = job.batches.get(id);
            if (batch == null) {
                throw new BulkError("InvalidBatch", "Invalid batch id: " + id);
            }
            return batch;
        }
    }

    private static Element parse(String body) {
        try {
            return Xml.parse(body).getDocumentElement();
        } catch (RuntimeException e) {
            throw new BulkError("InvalidXml", "Unable to parse the request: " + e.getMessage());
        }
    }

    private String jobInfo(Job job) {
        synchronized (job) {
            int queued = 0;
            int completed = 0;
            int failed = 0;
            int records = 0;
            int recordsFailed = 0;
            for (Batch b : job.batches.values()) {
                switch (b.state) {
                    case "Completed" -> completed++;
                    case "Failed" -> failed++;
                    default -> queued++;
                }
                records += b.processed;
                recordsFailed += b.failed;
            }
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><jobInfo xmlns=\"" + NS + "\">");
            element(out, "id", job.id);
            element(out, "operation", job.operation);
            element(out, "object", job.object);
            element(out, "createdById", SalesforceOrg.USER_ID);
            element(out, "createdDate", job.createdDate);
            element(out, "systemModstamp", SalesforceTime.format(org.clock().instant()));
            element(out, "state", job.state);
            element(out, "concurrencyMode", "Parallel");
            element(out, "contentType", job.contentType);
            element(out, "numberBatchesQueued", queued);
            element(out, "numberBatchesInProgress", 0);
            element(out, "numberBatchesCompleted", completed);
            element(out, "numberBatchesFailed", failed);
            element(out, "numberBatchesTotal", job.batches.size());
            element(out, "numberRecordsProcessed", records);
            element(out, "numberRetries", 0);
            element(out, "apiVersion", "65.0");
            element(out, "numberRecordsFailed", recordsFailed);
            element(out, "totalProcessingTime", 0);
            element(out, "apiActiveProcessingTime", 0);
            element(out, "apexProcessingTime", 0);
            return out.append("</jobInfo>").toString();
        }
    }

    /** The batch as a client sees it: {@code Queued} in the answer to its creation, its final state afterwards. */
    private static String batchInfo(Job job, Batch batch) {
        String state = batch.reported ? batch.state : "Queued";
        batch.reported = true;
        StringBuilder out = new StringBuilder("<batchInfo xmlns=\"" + NS + "\">");
        element(out, "id", batch.id);
        element(out, "jobId", job.id);
        element(out, "state", state);
        if (state.equals("Failed")) {
            element(out, "stateMessage", batch.stateMessage);
        }
        element(out, "createdDate", batch.createdDate);
        element(out, "systemModstamp", batch.createdDate);
        element(out, "numberRecordsProcessed", state.equals("Queued") ? 0 : batch.processed);
        element(out, "numberRecordsFailed", state.equals("Queued") ? 0 : batch.failed);
        element(out, "totalProcessingTime", 0);
        element(out, "apiActiveProcessingTime", 0);
        element(out, "apexProcessingTime", 0);
        return out.append("</batchInfo>").toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        out.append('<').append(name).append('>').append(Xml.escape(String.valueOf(value))).append("</").append(name).append('>');
    }

    private static EmulatorResponse xml(int status, String body) {
        return EmulatorResponse.of(status, "application/xml; charset=UTF-8", body);
    }
}
