package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.generator.DemoCompany;
import dev.abmbridge.sandbox.generator.DemoContact;
import dev.abmbridge.sandbox.generator.DemoDataSet;
import dev.abmbridge.sandbox.limit.RollingWindowCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one emulated Salesforce org: its Account, Contact, Campaign and CampaignMember tables, field definitions and
 * field-level security, and the rolling 24-hour API request count.
 */
public final class SalesforceOrg {

    public static final String ORG_ID = "00D5g000000SBXEAA4";
    public static final String USER_ID = "0055g00000SBXUSAA1";

    private final Clock clock;
    private final long dailyApiLimit;
    private final RollingWindowCounter apiRequests;
    private final Map<String, SObjectTable> tables = new HashMap<>();
    private final CampaignMemberships memberships = new CampaignMemberships();

    public SalesforceOrg(Clock clock, long dailyApiLimit) {
        this.clock = clock;
        this.dailyApiLimit = dailyApiLimit;
        this.apiRequests = new RollingWindowCounter(clock, Duration.ofHours(24), 1440);
        register(new SObjectTable(StandardSchemas.account()));
        register(new SObjectTable(StandardSchemas.contact()));
        register(new SObjectTable(StandardSchemas.campaign()));
        register(new SObjectTable(StandardSchemas.campaignMember()));
    }

    private void register(SObjectTable table) {
        tables.put(table.schema().name().toLowerCase(Locale.ROOT), table);
    }

    public Clock clock() {
        return clock;
    }

    public Optional<SObjectTable> table(String objectName) {
        return Optional.ofNullable(tables.get(objectName.toLowerCase(Locale.ROOT)));
    }

    public SObjectTable accounts() {
        return tables.get("account");
    }

    public SObjectTable contacts() {
        return tables.get("contact");
    }

    public SObjectTable campaigns() {
        return tables.get("campaign");
    }

    public SObjectTable campaignMembers() {
        return tables.get("campaignmember");
    }

    /** The table whose key prefix the id carries, if any. */
    Optional<SObjectTable> tableOwning(String id) {
        return tables.values().stream().filter(t -> t.ownsId(id)).findFirst();
    }

    /** The live member of a campaign for a contact, if any (the pair is unique, as in a real org). */
    public Optional<SObjectRow> campaignMember(String campaignId, String contactId) {
        return Optional.ofNullable(memberships.get(campaignId, contactId)).flatMap(id -> campaignMembers().find(id))
                .filter(row -> !row.deleted());
    }

    CampaignMemberships memberships() {
        return memberships;
    }

    public long dailyApiLimit() {
        return dailyApiLimit;
    }

    /** Counts one API request if the daily allocation allows it. */
    boolean tryCountApiRequest() {
        return apiRequests.tryAcquire(dailyApiLimit);
    }

    public long apiRequestsUsed() {
        return apiRequests.count();
    }

    /** Defines a custom field as an admin would, with the API user's field-level security. */
    public void defineCustomField(String objectName, SalesforceField field, FieldAccess access) {
        SObjectSchema schema = table(objectName).orElseThrow().schema();
        schema.define(field);
        schema.grant(field.name(), access);
    }

    /** Reads one stored value, visible to the API user or not (for test assertions). */
    public Optional<String> value(String objectName, String id, String field) {
        SObjectTable table = table(objectName).orElseThrow();
        return table.find(id).map(row -> row.get(table.schema().column(field)));
    }

    /**
     * Deletes a record as a user would (it then shows up in getDeleted). Deleting a campaign or a contact deletes its
     * campaign members too, as the real cascade does.
     */
    public void delete(String objectName, String id) {
        SObjectTable table = table(objectName).orElseThrow();
        table.find(id).filter(row -> !row.deleted()).ifPresent(row -> {
            touch(table, row, clock.instant()).markDeleted(clock.instant());
            if (table == campaignMembers()) {
                memberships.remove(row.id());
            } else if (table == campaigns() || table == contacts()) {
                for (String memberId : memberships.membersOf(row.id())) {
                    delete("CampaignMember", memberId);
                }
            }
        });
    }

    SObjectRow touch(SObjectTable table, SObjectRow row, Instant at) {
        String stamp = SalesforceTime.format(at);
        row.set(table.schema().column("LastModifiedDate"), stamp);
        row.set(table.schema().column("SystemModstamp"), stamp);
        return row;
    }

    /** Loads the Salesforce share of a demo data set; modification stamps spread over the last 30 days, with ties. */
    public void seed(DemoDataSet data) {
        Instant base = clock.instant().minus(Duration.ofDays(30));
        long stepMillis = Math.max(1, Duration.ofDays(29).toMillis() / Math.max(1, data.companies().size() + data.contacts().size()));
        Map<Integer, String> accountIds = new HashMap<>();
        long tick = 0;
        for (DemoCompany company : data.companies()) {
            if (!company.inSalesforce()) {
                continue;
            }
            tick += company.index() % 7 == 0 ? 0 : 1;
            accountIds.put(company.index(), insertAccount(company, base.plusMillis(tick * stepMillis / 1000 * 1000)));
        }
        for (DemoContact contact : data.contacts()) {
            String accountId = accountIds.get(contact.companyIndex());
            if (accountId != null) {
                tick += contact.index() % 7 == 0 ? 0 : 1;
                insertContact(contact, accountId, data.company(contact.companyIndex()), base.plusMillis(tick * stepMillis / 1000 * 1000));
            }
        }
    }

    private String insertAccount(DemoCompany company, Instant modified) {
        SObjectTable table = accounts();
        SObjectRow row = table.newRow();
        put(table, row, "Id", row.id());
        put(table, row, "IsDeleted", "false");
        put(table, row, "Name", company.name());
        put(table, row, "Website", company.website());
        put(table, row, "Industry", company.industry() == null ? null : company.industry().salesforceValue());
        put(table, row, "NumberOfEmployees", company.employees() == null ? null : String.valueOf(company.employees()));
        put(table, row, "AnnualRevenue", company.annualRevenue() == null ? null : Double.toString(company.annualRevenue()));
        put(table, row, "BillingCountry", company.countryText());
        put(table, row, "BillingCity", company.city());
        put(table, row, "Type", company.index() % 5 == 0 ? "Customer - Direct" : "Prospect");
        stamp(table, row, modified);
        return row.id();
    }

    private void insertContact(DemoContact contact, String accountId, DemoCompany company, Instant modified) {
        SObjectTable table = contacts();
        SObjectRow row = table.newRow();
        put(table, row, "Id", row.id());
        put(table, row, "IsDeleted", "false");
        put(table, row, "AccountId", accountId);
        put(table, row, "FirstName", contact.firstName());
        put(table, row, "LastName", contact.lastName());
        put(table, row, "Email", contact.email());
        put(table, row, "Title", contact.title());
        put(table, row, "Phone", contact.phone());
        put(table, row, "MailingCountry", company.countryText());
        stamp(table, row, modified);
    }

    private void stamp(SObjectTable table, SObjectRow row, Instant at) {
        String stamp = SalesforceTime.format(at);
        put(table, row, "CreatedDate", stamp);
        put(table, row, "LastModifiedDate", stamp);
        put(table, row, "SystemModstamp", stamp);
    }

    private final Map<String, Integer> seedColumns = new HashMap<>();

    private void put(SObjectTable table, SObjectRow row, String field, String value) {
        row.set(seedColumns.computeIfAbsent(table.schema().name() + "." + field, k -> table.schema().column(field)), value);
    }
}
