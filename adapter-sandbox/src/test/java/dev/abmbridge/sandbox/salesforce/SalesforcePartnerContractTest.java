package dev.abmbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.GetDeletedResult;
import com.sforce.soap.partner.GetUserInfoResult;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.sandbox.MutableClock;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxExtension;
import dev.abmbridge.sandbox.fault.FaultProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesforcePartnerContractTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(SandboxConfig.defaults().withData(1_000, 2_000, 11).withClock(CLOCK));

    private PartnerConnection connection;
    private Sandbox sandbox;

    @BeforeEach
    void connect() throws Exception {
        sandbox = SANDBOX.sandbox();
        connection = SalesforceClients.partner(sandbox.salesforceUrl(), SalesforceClients.clientCredentialsToken(sandbox.salesforceUrl()));
    }

    @Test
    void queryPagesWithQueryMoreByTheBatchSize() throws Exception {
        connection.setQueryOptions(200);
        QueryResult page = connection.query("SELECT Id, Name, Website, Industry, NumberOfEmployees, AnnualRevenue, BillingCountry, "
                + "SystemModstamp FROM Account ORDER BY SystemModstamp, Id");
        int total = page.getSize();
        assertThat(total).isEqualTo(sandbox.salesforce().org().accounts().size());
        assertThat(page.isDone()).isFalse();
        assertThat(page.getRecords()).hasSize(200);
        List<SObject> all = new ArrayList<>(Arrays.asList(page.getRecords()));
        while (!page.isDone()) {
            page = connection.queryMore(page.getQueryLocator());
            all.addAll(Arrays.asList(page.getRecords()));
        }
        assertThat(page.getQueryLocator()).isNull();
        assertThat(all).hasSize(total);
        assertThat(all.stream().map(SObject::getId).distinct()).hasSize(total);
        for (int i = 1; i < all.size(); i++) {
            String previous = (String) all.get(i - 1).getField("SystemModstamp");
            String current = (String) all.get(i).getField("SystemModstamp");
            assertThat(previous.compareTo(current)).isLessThanOrEqualTo(0);
        }
        assertThat(all.get(0).getType()).isEqualTo("Account");
        assertThat(all).anyMatch(r -> r.getField("Industry") == null);
        assertThat(sandbox.ledger().calls("salesforce", "queryMore")).isGreaterThanOrEqualTo((total - 1) / 200);
    }

    @Test
    void defaultBatchSizeIsTwoThousand() throws Exception {
        connection.clearQueryOptions();
        QueryResult page = connection.query("SELECT Id FROM Contact");
        assertThat(page.getRecords()).hasSize(Math.min(2000, page.getSize()));
    }

    @Test
    void whereClauseWithKeysetOnSystemModstampAndId() throws Exception {
        QueryResult first = connection.query("SELECT Id, SystemModstamp FROM Account ORDER BY SystemModstamp ASC, Id ASC LIMIT 10");
        assertThat(first.getRecords()).hasSize(10);
        assertThat(first.isDone()).isTrue();
        SObject last = first.getRecords()[9];
        String stamp = (String) last.getField("SystemModstamp");
        QueryResult next = connection.query("SELECT Id, SystemModstamp FROM Account WHERE SystemModstamp > " + stamp
                + " OR (SystemModstamp = " + stamp + " AND Id > '" + last.getId() + "') ORDER BY SystemModstamp, Id LIMIT 5");
        assertThat(next.getRecords()).hasSize(5);
        Set<String> firstIds = new HashSet<>();
        for (SObject r : first.getRecords()) {
            firstIds.add(r.getId());
        }
        for (SObject r : next.getRecords()) {
            assertThat(firstIds).doesNotContain(r.getId());
            assertThat(((String) r.getField("SystemModstamp")).compareTo(stamp)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void lastModifiedDateFilterAndCount() throws Exception {
        QueryResult count = connection.query("SELECT COUNT() FROM Account WHERE LastModifiedDate >= 2000-01-01T00:00:00Z");
        assertThat(count.getSize()).isEqualTo(sandbox.salesforce().org().accounts().size());
        assertThat(count.getRecords()).isEmpty();
        QueryResult none = connection.query("SELECT Id FROM Account WHERE LastModifiedDate > 2999-01-01T00:00:00.000+0000");
        assertThat(none.getSize()).isZero();
        assertThat(none.isDone()).isTrue();
    }

    @Test
    void mixingAndWithOrWithoutParenthesesIsMalformed() {
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account WHERE Id > 'a' AND Id < 'b' OR Id = 'c'"))
                .isInstanceOfSatisfying(MalformedQueryFault.class,
                        f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.MALFORMED_QUERY));
    }

    @Test
    void unknownColumnIsInvalidFieldWithPosition() {
        assertThatThrownBy(() -> connection.query("SELECT Id, Bogus__c FROM Account"))
                .isInstanceOfSatisfying(InvalidFieldFault.class, f -> {
                    assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD);
                    assertThat(f.getExceptionMessage()).contains("No such column 'Bogus__c' on entity 'Account'");
                    assertThat(f.getRow()).isEqualTo(1);
                    assertThat(f.getColumn()).isEqualTo(12);
                });
    }

    @Test
    void quotedDatetimeIsRejected() {
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account WHERE SystemModstamp > '2026-01-01T00:00:00Z'"))
                .isInstanceOf(InvalidFieldFault.class);
    }

    @Test
    void unknownObjectIsInvalidType() {
        assertThatThrownBy(() -> connection.query("SELECT Id FROM Opportunity__x"))
                .isInstanceOfSatisfying(InvalidSObjectFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE));
    }

    @Test
    void unknownQueryLocatorIsRejected() {
        assertThatThrownBy(() -> connection.queryMore("01gSB0000000000999-200")).isInstanceOf(InvalidQueryLocatorFault.class);
    }

    @Test
    void updateBumpsSystemModstampAndLogsTheWrittenFields() throws Exception {
        SObject target = connection.query("SELECT Id, SystemModstamp FROM Account LIMIT 1").getRecords()[0];
        CLOCK.advance(Duration.ofSeconds(5));
        SObject change = new SObject("Account");
        change.setId(target.getId());
        change.setField("Type", "Customer - Channel");
        change.setField("NumberOfEmployees", 1500);
        SaveResult[] results = connection.update(new SObject[] {change});
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).isEqualTo(target.getId());
        SObject after = connection.query("SELECT Id, Type, NumberOfEmployees, SystemModstamp, LastModifiedDate FROM Account WHERE Id = '"
                + target.getId() + "'").getRecords()[0];
        assertThat(after.getField("Type")).isEqualTo("Customer - Channel");
        assertThat(after.getField("NumberOfEmployees")).isEqualTo("1500");
        assertThat((String) after.getField("SystemModstamp")).isGreaterThan((String) target.getField("SystemModstamp"));
        assertThat(after.getField("LastModifiedDate")).isEqualTo(after.getField("SystemModstamp"));
        assertThat(sandbox.writes().fieldsWritten("salesforce", "Account")).contains("Type", "NumberOfEmployees");
    }

    @Test
    void perRecordErrorsLeaveBatchMatesWritten() throws Exception {
        SObject[] ids = connection.query("SELECT Id FROM Account LIMIT 5").getRecords();
        SObject ok = account(ids[0].getId(), "Name", "Renamed Corp");
        SObject tooLong = account(ids[1].getId(), "BillingCity", "x".repeat(41));
        SObject unknown = account(ids[2].getId(), "Bogus__c", "1");
        SObject readOnly = account(ids[3].getId(), "SystemModstamp", "2026-01-01T00:00:00Z");
        SObject badNumber = account(ids[4].getId(), "NumberOfEmployees", "many");
        SaveResult[] results = connection.update(new SObject[] {ok, tooLong, unknown, readOnly, badNumber});
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[1].isSuccess()).isFalse();
        assertThat(results[1].getId()).isNull();
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.STRING_TOO_LONG);
        assertThat(results[1].getErrors()[0].getFields()).containsExactly("BillingCity");
        assertThat(results[2].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_FIELD);
        assertThat(results[3].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_FIELD_FOR_INSERT_UPDATE);
        assertThat(results[4].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_TYPE_ON_FIELD_IN_RECORD);
        assertThat(sandbox.salesforce().org().value("Account", ids[0].getId(), "Name")).hasValue("Renamed Corp");
    }

    @Test
    void restrictedPicklistRejectsUnknownValues() throws Exception {
        sandbox.salesforce().org().defineCustomField("Account", new SalesforceField("ABM_Tier__c", "ABM Tier", SalesforceFieldType.PICKLIST,
                255, 0, 0, true, List.of("Tier 1", "Tier 2"), true, false, true, true, true, null), new FieldAccess(true, true));
        String id = connection.query("SELECT Id FROM Account LIMIT 1").getRecords()[0].getId();
        SaveResult[] results = connection.update(new SObject[] {account(id, "ABM_Tier__c", "Tier Z"), account(id, "ABM_Tier__c", "Tier 1")});
        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        assertThat(results[0].getErrors()[0].getMessage()).isEqualTo("ABM Tier: bad value for restricted picklist field: Tier Z");
        assertThat(results[1].isSuccess()).isTrue();
    }

    @Test
    void moreThanTwoHundredRecordsFailTheWholeCall() {
        SObject[] records = new SObject[201];
        for (int i = 0; i < records.length; i++) {
            records[i] = account(null, "Name", "Bulk " + i);
        }
        assertThatThrownBy(() -> connection.create(records))
                .isInstanceOfSatisfying(ApiFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.EXCEEDED_ID_LIMIT));
    }

    @Test
    void createNeedsRequiredFieldsAndReturnsNewIds() throws Exception {
        SaveResult[] results = connection.create(new SObject[] {account(null, "Name", "Fresh Co"), account(null, "Website", "x.example")});
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).startsWith("001").hasSize(18);
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
    }

    @Test
    void upsertOnExternalIdCreatesThenUpdates() throws Exception {
        sandbox.salesforce().org().defineCustomField("Account", new SalesforceField("Ext_Key__c", "Ext Key", SalesforceFieldType.STRING,
                40, 0, 0, true, List.of(), false, true, true, true, true, null), new FieldAccess(true, true));
        SObject first = account(null, "Ext_Key__c", "K-1");
        first.setField("Name", "Upserted");
        UpsertResult[] created = connection.upsert("Ext_Key__c", new SObject[] {first});
        assertThat(created[0].isSuccess()).isTrue();
        assertThat(created[0].isCreated()).isTrue();
        SObject again = account(null, "Ext_Key__c", "K-1");
        again.setField("Name", "Upserted Again");
        UpsertResult[] updated = connection.upsert("Ext_Key__c", new SObject[] {again});
        assertThat(updated[0].isCreated()).isFalse();
        assertThat(updated[0].getId()).isEqualTo(created[0].getId());
    }

    @Test
    void injectedLockErrorsRejectSomeRecords() throws Exception {
        SObject[] ids = connection.query("SELECT Id FROM Account LIMIT 50").getRecords();
        SObject[] changes = Arrays.stream(ids).map(r -> account(r.getId(), "Type", "Prospect")).toArray(SObject[]::new);
        sandbox.salesforceFaults().change(FaultProfile.none().withRecordRejects(0.5));
        try {
            SaveResult[] results = connection.update(changes);
            long locked = Arrays.stream(results).filter(r -> !r.isSuccess()).peek(r ->
                    assertThat(r.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.UNABLE_TO_LOCK_ROW)).count();
            assertThat(locked).isBetween(10L, 40L);
        } finally {
            sandbox.salesforceFaults().change(FaultProfile.none());
        }
    }

    @Test
    void getDeletedListsRecordsDeletedInTheWindow() throws Exception {
        String id = connection.query("SELECT Id FROM Contact LIMIT 1").getRecords()[0].getId();
        Calendar start = Calendar.getInstance();
        start.setTimeInMillis(CLOCK.millis() - 60_000);
        assertThat(connection.delete(new String[] {id})[0].isSuccess()).isTrue();
        Calendar end = Calendar.getInstance();
        end.setTimeInMillis(CLOCK.millis() + 60_000);
        GetDeletedResult deleted = connection.getDeleted("Contact", start, end);
        assertThat(deleted.getDeletedRecords()).extracting(d -> d.getId()).contains(id);
        assertThat(connection.query("SELECT Id FROM Contact WHERE Id = '" + id + "'").getSize()).isZero();
        assertThat(connection.queryAll("SELECT Id FROM Contact WHERE Id = '" + id + "'").getSize()).isEqualTo(1);
    }

    @Test
    void getDeletedRejectsAnInvertedWindow() {
        Calendar start = Calendar.getInstance();
        Calendar end = Calendar.getInstance();
        end.setTimeInMillis(start.getTimeInMillis() - 1000);
        assertThatThrownBy(() -> connection.getDeleted("Account", start, end))
                .isInstanceOfSatisfying(ApiFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_REPLICATION_DATE));
    }

    @Test
    void describeShowsStandardFieldsAndPicklists() throws Exception {
        DescribeSObjectResult describe = connection.describeSObject("Account");
        assertThat(describe.getName()).isEqualTo("Account");
        assertThat(describe.getKeyPrefix()).isEqualTo("001");
        Field industry = Arrays.stream(describe.getFields()).filter(f -> f.getName().equals("Industry")).findFirst().orElseThrow();
        assertThat(industry.getType().toString()).isEqualTo("picklist");
        assertThat(industry.getPicklistValues()).extracting(p -> p.getValue()).contains("Technology", "Banking");
        Field id = Arrays.stream(describe.getFields()).filter(f -> f.getName().equals("Id")).findFirst().orElseThrow();
        assertThat(id.isUpdateable()).isFalse();
    }

    @Test
    void getUserInfoAndLimitInfoHeader() throws Exception {
        GetUserInfoResult user = connection.getUserInfo();
        assertThat(user.getOrganizationId()).isEqualTo(SalesforceOrg.ORG_ID);
        assertThat(user.getUserName()).isEqualTo("integration@sandbox.abmbridge.dev");
        LimitInfo limit = connection.getLimitInfoHeader().getLimitInfo()[0];
        assertThat(limit.getType()).isEqualTo("API REQUESTS");
        assertThat(limit.getLimit()).isEqualTo(100_000);
        assertThat(limit.getCurrent()).isEqualTo(sandbox.salesforce().org().apiRequestsUsed());
    }

    @Test
    void unknownSessionIsInvalidSessionId() throws Exception {
        PartnerConnection stranger = SalesforceClients.partner(sandbox.salesforceUrl(), "00Dfake!token");
        assertThatThrownBy(stranger::getUserInfo)
                .isInstanceOfSatisfying(ApiFault.class, f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID));
    }

    @Test
    void getUpdatedListsRecordsWrittenInTheWindow() throws Exception {
        String id = connection.query("SELECT Id FROM Account ORDER BY Id DESC LIMIT 1").getRecords()[0].getId();
        Calendar start = Calendar.getInstance();
        start.setTimeInMillis(CLOCK.millis() - 1_000);
        CLOCK.advance(Duration.ofSeconds(2));
        assertThat(connection.update(new SObject[] {account(id, "Type", "Other")})[0].isSuccess()).isTrue();
        Calendar end = Calendar.getInstance();
        end.setTimeInMillis(CLOCK.millis() + 1_000);
        assertThat(connection.getUpdated("Account", start, end).getIds()).contains(id);
    }

    @Test
    void describeOfAnUnknownTypeIsInvalidSObject() {
        assertThatThrownBy(() -> connection.describeSObject("Widget__c")).isInstanceOf(InvalidSObjectFault.class);
    }

    @Test
    void soapLoginIsRefusedFromApi65() {
        assertThatThrownBy(() -> connection.login("user@example.com", "password"))
                .isInstanceOfSatisfying(com.sforce.soap.partner.fault.LoginFault.class,
                        f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_LOGIN));
    }

    @Test
    void ledgerCountsCallsAndRecordsPerOperation() throws Exception {
        long calls = sandbox.ledger().calls("salesforce", "update");
        long records = sandbox.ledger().records("salesforce", "update");
        SObject[] ids = connection.query("SELECT Id FROM Account LIMIT 3").getRecords();
        connection.update(Arrays.stream(ids).map(r -> account(r.getId(), "Type", "Prospect")).toArray(SObject[]::new));
        assertThat(sandbox.ledger().calls("salesforce", "update")).isEqualTo(calls + 1);
        assertThat(sandbox.ledger().records("salesforce", "update")).isEqualTo(records + 3);
        assertThat(sandbox.ledger().tallies()).anyMatch(t -> t.system().equals("salesforce") && t.operation().equals("query"));
    }

    private static SObject account(String id, String field, Object value) {
        SObject record = new SObject("Account");
        if (id != null) {
            record.setId(id);
        }
        record.setField(field, value);
        return record;
    }
}
