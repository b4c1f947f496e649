package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchInfoList;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.CSVReader;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.JobStateEnum;
import com.sforce.async.OperationEnum;
import com.sforce.ws.ConnectorConfig;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.fault.FaultProfile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Bulk API 1.0 emulation through WSC's own BulkConnection: query and update jobs, CSV batches, results, errors. */
class SalesforceBulkContractTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(600, 900, 17).withClock(CLOCK));

    @BeforeAll
    static void defineField() {
        SANDBOX.sandbox().salesforce().org().defineCustomField("Account", new SalesforceField("ABM_Tier__c", "ABM Tier",
                SalesforceFieldType.STRING, 80, 0, 0, true, List.of(), false, false, true, true, true, null), new FieldAccess(true, true));
        SANDBOX.sandbox().salesforce().org().defineCustomField("Account", new SalesforceField("ABM_Level__c", "ABM Level",
                SalesforceFieldType.PICKLIST, 255, 0, 0, true, List.of("Gold", "Silver"), true, false, true, true, true, null),
                new FieldAccess(true, true));
    }

    private static BulkConnection bulk(Sandbox sandbox, String session) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(session);
        config.setRestEndpoint(sandbox.salesforceUrl() + "/services/async/65.0");
        return new BulkConnection(config);
    }

    private static JobInfo job(BulkConnection bulk, OperationEnum operation) throws AsyncApiException {
        JobInfo job = new JobInfo();
        job.setObject("Account");
        job.setOperation(operation);
        job.setContentType(ContentType.CSV);
        return bulk.createJob(job);
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(InputStream in) throws Exception {
        CSVReader reader = new CSVReader(in);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = reader.nextRecord(); row != null; row = reader.nextRecord()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aQueryJobReturnsEveryMatchingRecordAsCsv() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        BulkConnection bulk = bulk(sandbox, sandbox.salesforce().issueAccessToken());
        long before = sandbox.ledger().calls("salesforce");

        JobInfo job = job(bulk, OperationEnum.query);
        assertThat(job.getState()).isEqualTo(JobStateEnum.Open);
        BatchInfo created = bulk.createBatchFromStream(job, csv("SELECT Id, Name, SystemModstamp FROM Account ORDER BY Id"));
        assertThat(created.getState()).isEqualTo(BatchStateEnum.Queued);
        assertThat(bulk.closeJob(job.getId()).getState()).isEqualTo(JobStateEnum.Closed);
        BatchInfo done = bulk.getBatchInfo(job.getId(), created.getId());
        assertThat(done.getState()).isEqualTo(BatchStateEnum.Completed);
        int total = sandbox.salesforce().org().accounts().size();
        assertThat(done.getNumberRecordsProcessed()).isEqualTo(total);
        String[] results = bulk.getQueryResultList(job.getId(), created.getId()).getResult();
        assertThat(results).hasSize(1);
        List<List<String>> rows = rows(bulk.getQueryResultStream(job.getId(), created.getId(), results[0]));

        assertThat(rows.get(0)).containsExactly("Id", "Name", "SystemModstamp");
        assertThat(rows).hasSize(total + 1);
        assertThat(rows.get(1).get(0)).startsWith("001");
        assertThat(sandbox.ledger().calls("salesforce") - before).isEqualTo(6); // one per HTTP request
        assertThat(bulk.getJobStatus(job.getId()).getNumberRecordsProcessed()).isEqualTo(total);
    }

    @Test
    void anUpdateJobWritesTheCsvValuesAndReportsEachRecord() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        BulkConnection bulk = bulk(sandbox, sandbox.salesforce().issueAccessToken());
        List<SObjectRow> accounts = sandbox.salesforce().org().accounts().rows();
        String a = accounts.get(0).id();
        String b = accounts.get(1).id();
        SalesforceOrg org = sandbox.salesforce().org();
        sandbox.writes().reset();

        JobInfo job = job(bulk, OperationEnum.update);
        BatchInfo first = bulk.createBatchFromStream(job, csv("Id,ABM_Tier__c\n" + a + ",\"Tier 1, \"\"gold\"\"\"\n" + b + ",Tier 2\n"
                + "001000000000000BAD,Tier 3\n"));
        BatchInfo second = bulk.createBatchFromStream(job, csv("\"Id\",\"ABM_Tier__c\"\n\"" + b + "\",\"#N/A\"\n"));
        bulk.closeJob(job.getId());
        BatchInfoList list = bulk.getBatchInfoList(job.getId());

        assertThat(list.getBatchInfo()).extracting(BatchInfo::getState).containsExactly(BatchStateEnum.Completed, BatchStateEnum.Completed);
        assertThat(list.getBatchInfo()[0].getNumberRecordsFailed()).isEqualTo(1);
        List<List<String>> results = rows(bulk.getBatchResultStream(job.getId(), first.getId()));
        assertThat(results.get(0)).containsExactly("Id", "Success", "Created", "Error");
        assertThat(results.get(1)).containsExactly(a, "true", "false", null); // CSVReader reads an empty value as null
        assertThat(results.get(2).get(1)).isEqualTo("true");
        assertThat(results.get(3).get(1)).isEqualTo("false");
        assertThat(results.get(3).get(3)).isNotEmpty();
        assertThat(rows(bulk.getBatchResultStream(job.getId(), second.getId())).get(1)).containsExactly(b, "true", "false", null);
        assertThat(org.value("Account", a, "ABM_Tier__c")).contains("Tier 1, \"gold\"");
        assertThat(org.value("Account", b, "ABM_Tier__c")).isEmpty();
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Account")).containsExactly("ABM_Tier__c");
        assertThat(sandbox.ledger().records("salesforce", "bulk:createBatch")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anUpdateBatchIsAppliedExactlyAsSoapUpdatesWithTheSameRecordErrorsAndIsCounted() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        SalesforceOrg org = sandbox.salesforce().org();
        BulkConnection bulk = bulk(sandbox, sandbox.salesforce().issueAccessToken());
        List<SObjectRow> accounts = org.accounts().rows();
        String ok = accounts.get(10).id();
        String tooLong = accounts.get(11).id();
        String badLevel = accounts.get(12).id();
        String okLevel = accounts.get(13).id();
        String before = org.value("Account", ok, "SystemModstamp").orElseThrow();
        String untouched = org.value("Account", tooLong, "SystemModstamp").orElseThrow();
        CLOCK.advance(Duration.ofMinutes(5));
        sandbox.writes().reset();
        long requests = org.apiRequestsUsed();
        long createBatchCalls = sandbox.ledger().calls("salesforce", "bulk:createBatch");

        JobInfo job = job(bulk, OperationEnum.update);
        BatchInfo batch = bulk.createBatchFromStream(job, csv("Id,ABM_Tier__c,ABM_Level__c\n" + ok + ",Tier 1,\n"
                + tooLong + "," + "x".repeat(81) + ",\n" + badLevel + ",,Bronze\n" + okLevel + ",,Gold\n"));
        BatchInfo unknown = bulk.createBatchFromStream(job, csv("Id,Nope__c\n" + ok + ",1\n"));
        bulk.closeJob(job.getId());
        List<List<String>> results = rows(bulk.getBatchResultStream(job.getId(), batch.getId()));
        List<List<String>> unknownResults = rows(bulk.getBatchResultStream(job.getId(), unknown.getId()));

        assertThat(results.get(1)).containsExactly(ok, "true", "false", null);
        assertThat(results.get(2).get(1)).isEqualTo("false");
        assertThat(results.get(2).get(3)).startsWith("STRING_TOO_LONG:").endsWith(":ABM_Tier__c --");
        assertThat(results.get(3).get(3)).startsWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:").endsWith(":ABM_Level__c --");
        assertThat(results.get(4)).containsExactly(okLevel, "true", "false", null);
        assertThat(unknownResults.get(1).get(3)).startsWith("INVALID_FIELD:").contains("Nope__c");
        assertThat(org.value("Account", ok, "ABM_Tier__c")).contains("Tier 1");
        assertThat(org.value("Account", ok, "SystemModstamp").orElseThrow()).isGreaterThan(before);
        assertThat(org.value("Account", tooLong, "SystemModstamp")).contains(untouched);
        assertThat(org.value("Account", okLevel, "ABM_Level__c")).contains("Gold");
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Account")).containsExactlyInAnyOrder("ABM_Tier__c", "ABM_Level__c");
        assertThat(org.apiRequestsUsed() - requests).isEqualTo(6); // createJob, 2 createBatch, closeJob, 2 results
        assertThat(sandbox.ledger().calls("salesforce", "bulk:createBatch") - createBatchCalls).isEqualTo(2);
    }

    @Test
    void anInjectedLockFailsTheRecordsOfABatchAsItFailsSoapUpdates() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        SalesforceOrg org = sandbox.salesforce().org();
        BulkConnection bulk = bulk(sandbox, sandbox.salesforce().issueAccessToken());
        String id = org.accounts().rows().get(20).id();
        sandbox.salesforceFaults().change(FaultProfile.none().withRecordRejects(1.0));
        try {
            JobInfo job = job(bulk, OperationEnum.update);
            BatchInfo batch = bulk.createBatchFromStream(job, csv("Id,ABM_Tier__c\n" + id + ",Tier 9\n"));
            bulk.closeJob(job.getId());

            List<List<String>> results = rows(bulk.getBatchResultStream(job.getId(), batch.getId()));

            assertThat(results.get(1).get(1)).isEqualTo("false");
            assertThat(results.get(1).get(3)).startsWith("UNABLE_TO_LOCK_ROW:");
            assertThat(org.value("Account", id, "ABM_Tier__c")).isNotEqualTo(java.util.Optional.of("Tier 9"));
        } finally {
            sandbox.salesforceFaults().change(FaultProfile.none());
        }
    }

    @Test
    void aClosedJobTakesNoBatchAndABadSessionIsRefused() throws Exception {
        Sandbox sandbox = SANDBOX.sandbox();
        BulkConnection bulk = bulk(sandbox, sandbox.salesforce().issueAccessToken());
        JobInfo job = job(bulk, OperationEnum.update);
        bulk.closeJob(job.getId());

        assertThatThrownBy(() -> bulk.createBatchFromStream(job, csv("Id,ABM_Tier__c\n")))
                .isInstanceOfSatisfying(AsyncApiException.class, e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidJobState));
        assertThatThrownBy(() -> job(bulk(sandbox, "00Dbogus!token"), OperationEnum.query))
                .isInstanceOfSatisfying(AsyncApiException.class, e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
    }
}
