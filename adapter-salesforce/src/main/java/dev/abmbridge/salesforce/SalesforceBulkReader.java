package dev.abmbridge.salesforce;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.CSVReader;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One SOQL query as a Bulk API 1.0 query job (CSV): create the job, add the query as its only batch, close the job,
 * poll the batch until it is done, then read each result file. The rows come back as partner {@link SObject}s with
 * text values (an empty CSV value is null), so the mappers treat them exactly as SOAP rows. Costs
 * 5 + polls + result files API requests.
 */
final class SalesforceBulkReader {

    private final SalesforceSession session;
    private final SalesforceBulkWait.Sleeper sleeper;

    SalesforceBulkReader(SalesforceSession session, SalesforceBulkWait.Sleeper sleeper) {
        this.session = session;
        this.sleeper = sleeper;
    }

    SalesforceBulkReader(SalesforceSession session) {
        this(session, SalesforceBulkWait.REAL_TIME);
    }

    List<SObject> query(String object, String soql) {
        JobInfo request = new JobInfo();
        request.setObject(object);
        request.setOperation(OperationEnum.query);
        request.setContentType(ContentType.CSV);
        JobInfo job = session.bulk("bulk createJob", c -> c.createJob(request));
        byte[] body = soql.getBytes(StandardCharsets.UTF_8);
        BatchInfo batch = session.bulk("bulk createBatch", c -> c.createBatchFromStream(job, new ByteArrayInputStream(body)));
        session.bulk("bulk closeJob", c -> c.closeJob(job.getId()));
        SalesforceBulkWait wait = new SalesforceBulkWait(sleeper, "Bulk query of " + object + " (job " + job.getId() + ")");
        while (true) {
            BatchInfo info = session.bulk("bulk getBatchInfo", c -> c.getBatchInfo(job.getId(), batch.getId()));
            if (info.getState() == BatchStateEnum.Completed) {
                break;
            }
            if (info.getState() == BatchStateEnum.Failed || info.getState() == BatchStateEnum.NotProcessed) {
                throw new SalesforceApiException("BULK_BATCH_FAILED", "Bulk query of " + object + " failed: " + info.getStateMessage());
            }
            wait.pause();
        }
        String[] results = session.bulk("bulk getQueryResultList", c -> c.getQueryResultList(job.getId(), batch.getId())).getResult();
        List<SObject> rows = new ArrayList<>();
        if (results != null) {
            for (String result : results) {
                session.bulk("bulk getQueryResultStream", c -> {
                    try (InputStream in = c.getQueryResultStream(job.getId(), batch.getId(), result)) {
                        read(object, in, rows);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            }
        }
        return rows;
    }

    private static void read(String object, InputStream in, List<SObject> rows) throws IOException {
        CSVReader reader = new CSVReader(in, "UTF-8");
        reader.setMaxRowsInFile(Integer.MAX_VALUE);
        reader.setMaxCharsInFile(Integer.MAX_VALUE);
        List<String> header = reader.nextRecord();
        if (header == null) {
            return;
        }
        for (List<String> row = reader.nextRecord(); row != null; row = reader.nextRecord()) {
            SObject record = new SObject(object);
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                String value = row.get(i);
                if (value != null && value.isEmpty()) {
                    value = null;
                }
                if (header.get(i).equals("Id")) {
                    record.setId(value);
                } else {
                    record.setField(header.get(i), value);
                }
            }
            rows.add(record);
        }
    }
}
