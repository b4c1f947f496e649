package dev.abmbridge.salesforce;

import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.salesforce.client.SoqlLiteral;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Salesforce connection's configuration. Every option is declared here once, with its default; {@link #problems()}
 * reports all problems together. Secrets are only referenced ({@link SecretRef}).
 *
 * @param auth                 how to get the OAuth access token
 * @param accountFields        owned field (see {@link OwnedFields}) to its Account API name
 * @param contactFields        owned field to its Contact API name
 * @param accountCustomFields  extra Account fields to read into {@code Account.custom} (API names)
 * @param contactCustomFields  extra Contact fields to read into {@code Contact.custom}
 * @param permissionSet        the permission set {@code setup} grants field access through (API name)
 * @param apiReserve           daily API requests left untouched for the org's other integrations
 * @param queryBatchSize       QueryOptions batch size (200-2000)
 * @param timeout              connect timeout; reads wait at least two minutes
 * @param bulkReadThreshold    when more records than this remain after a page, the rest is read with one Bulk API 1.0
 *                             query job instead of SOAP pages; 0 turns Bulk reads off
 * @param bulkWriteThreshold   when the engine hands over more updates of one object than this (it hands over up to
 *                             10,000 at a time), they are written with one Bulk API 1.0 update job instead of SOAP
 *                             updates of 200; 0 turns Bulk writes off
 */
public record SalesforceConfig(SalesforceAuthConfig auth, Map<String, String> accountFields, Map<String, String> contactFields,
                               List<String> accountCustomFields, List<String> contactCustomFields, String permissionSet,
                               long apiReserve, int queryBatchSize, Duration timeout, int bulkReadThreshold,
                               int bulkWriteThreshold) {

    public static final Map<String, String> DEFAULT_ACCOUNT_FIELDS = defaults(
            OwnedFields.FIT_SCORE, "ABM_Fit_Score__c",
            OwnedFields.TIER, "ABM_Tier__c",
            OwnedFields.IS_ICP, "ABM_Is_ICP__c",
            OwnedFields.REASON, "ABM_Reason__c",
            OwnedFields.COVERAGE, "ABM_Coverage__c",
            OwnedFields.MISSING_ROLES, "ABM_Missing_Roles__c");

    public static final Map<String, String> DEFAULT_CONTACT_FIELDS = defaults(
            OwnedFields.ROLE, "ABM_Buying_Role__c",
            OwnedFields.SENIORITY, "ABM_Seniority__c",
            OwnedFields.FUNCTION, "ABM_Function__c");

    public static final String DEFAULT_PERMISSION_SET = "ABM_Bridge_Integration";
    public static final long DEFAULT_API_RESERVE = 5_000;
    public static final int DEFAULT_QUERY_BATCH_SIZE = 2_000;
    public static final int DEFAULT_BULK_READ_THRESHOLD = 100_000;
    /** Salesforce's own guidance: an operation on more than 2,000 records is a candidate for Bulk. */
    public static final int DEFAULT_BULK_WRITE_THRESHOLD = 2_000;

    public SalesforceConfig {
        accountFields = merged(DEFAULT_ACCOUNT_FIELDS, accountFields);
        contactFields = merged(DEFAULT_CONTACT_FIELDS, contactFields);
        accountCustomFields = accountCustomFields == null ? List.of() : List.copyOf(accountCustomFields);
        contactCustomFields = contactCustomFields == null ? List.of() : List.copyOf(contactCustomFields);
        permissionSet = permissionSet == null ? DEFAULT_PERMISSION_SET : permissionSet;
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** The defaults, with this authentication. */
    public static SalesforceConfig of(SalesforceAuthConfig auth) {
        return new SalesforceConfig(auth, Map.of(), Map.of(), List.of(), List.of(), DEFAULT_PERMISSION_SET,
                DEFAULT_API_RESERVE, DEFAULT_QUERY_BATCH_SIZE, Duration.ofSeconds(30), DEFAULT_BULK_READ_THRESHOLD,
                DEFAULT_BULK_WRITE_THRESHOLD);
    }

    public SalesforceConfig withApiReserve(long reserve) {
        return new SalesforceConfig(auth, accountFields, contactFields, accountCustomFields, contactCustomFields, permissionSet,
                reserve, queryBatchSize, timeout, bulkReadThreshold, bulkWriteThreshold);
    }

    public SalesforceConfig withQueryBatchSize(int size) {
        return new SalesforceConfig(auth, accountFields, contactFields, accountCustomFields, contactCustomFields, permissionSet,
                apiReserve, size, timeout, bulkReadThreshold, bulkWriteThreshold);
    }

    public SalesforceConfig withOwnedFields(Map<String, String> account, Map<String, String> contact) {
        return new SalesforceConfig(auth, account, contact, accountCustomFields, contactCustomFields, permissionSet,
                apiReserve, queryBatchSize, timeout, bulkReadThreshold, bulkWriteThreshold);
    }

    public SalesforceConfig withCustomFields(List<String> account, List<String> contact) {
        return new SalesforceConfig(auth, accountFields, contactFields, account, contact, permissionSet, apiReserve,
                queryBatchSize, timeout, bulkReadThreshold, bulkWriteThreshold);
    }

    public SalesforceConfig withBulkReadThreshold(int records) {
        return new SalesforceConfig(auth, accountFields, contactFields, accountCustomFields, contactCustomFields, permissionSet,
                apiReserve, queryBatchSize, timeout, records, bulkWriteThreshold);
    }

    public SalesforceConfig withBulkWriteThreshold(int records) {
        return new SalesforceConfig(auth, accountFields, contactFields, accountCustomFields, contactCustomFields, permissionSet,
                apiReserve, queryBatchSize, timeout, bulkReadThreshold, records);
    }

    public SalesforceConfig withPermissionSet(String name) {
        return new SalesforceConfig(auth, accountFields, contactFields, accountCustomFields, contactCustomFields, name,
                apiReserve, queryBatchSize, timeout, bulkReadThreshold, bulkWriteThreshold);
    }

    /** The owned-field API names of one kind of record, by owned field name. */
    public Map<String, String> ownedFields(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? accountFields : contactFields;
    }

    public List<String> customFields(RecordKind kind) {
        return kind == RecordKind.ACCOUNT ? accountCustomFields : contactCustomFields;
    }

    /** Every problem, all at once; empty when the configuration is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (auth == null) {
            problems.add("salesforce.auth is required");
        } else {
            problems.addAll(auth.problems());
        }
        checkNames("salesforce.account-fields", accountFields, OwnedFields.ACCOUNT, problems);
        checkNames("salesforce.contact-fields", contactFields, OwnedFields.CONTACT, problems);
        accountCustomFields.stream().filter(f -> !SoqlLiteral.isIdentifier(f))
                .forEach(f -> problems.add("salesforce.account-custom-fields: '" + f + "' is not a Salesforce API name"));
        contactCustomFields.stream().filter(f -> !SoqlLiteral.isIdentifier(f))
                .forEach(f -> problems.add("salesforce.contact-custom-fields: '" + f + "' is not a Salesforce API name"));
        if (!SoqlLiteral.isIdentifier(permissionSet) || permissionSet.contains(".")) {
            problems.add("salesforce.permission-set: '" + permissionSet + "' is not a Salesforce API name");
        }
        if (apiReserve < 0) {
            problems.add("salesforce.api-reserve cannot be negative");
        }
        if (queryBatchSize < 200 || queryBatchSize > 2000) {
            problems.add("salesforce.query-batch-size must be between 200 and 2000");
        }
        if (bulkReadThreshold < 0) {
            problems.add("salesforce.bulk-read-threshold cannot be negative (0 turns Bulk reads off)");
        }
        if (bulkWriteThreshold < 0) {
            problems.add("salesforce.bulk-write-threshold cannot be negative (0 turns Bulk writes off)");
        }
        return problems;
    }

    /** Throws with every problem listed when the configuration is not usable. */
    public SalesforceConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid Salesforce configuration:\n  " + String.join("\n  ", problems));
        }
        return this;
    }

    private static void checkNames(String option, Map<String, String> names, List<String> owned, List<String> problems) {
        names.forEach((field, apiName) -> {
            if (!owned.contains(field)) {
                problems.add(option + ": '" + field + "' is not an owned field (one of " + owned + ")");
            } else if (!SoqlLiteral.isIdentifier(apiName) || apiName.contains(".") || !apiName.endsWith("__c")) {
                problems.add(option + "." + field + ": '" + apiName + "' is not a custom field API name (Name__c)");
            }
        });
    }

    private static Map<String, String> merged(Map<String, String> defaults, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(defaults);
        if (given != null) {
            out.putAll(given);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Map<String, String> defaults(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "SalesforceConfig[flow=" + (auth == null ? null : auth.flow()) + ", tokenUrl=" + (auth == null ? null : auth.tokenUrl())
                + ", accountFields=" + accountFields + ", contactFields=" + contactFields + ", permissionSet=" + permissionSet
                + ", apiReserve=" + apiReserve + ", queryBatchSize=" + queryBatchSize + ", bulkReadThreshold=" + bulkReadThreshold
                + ", bulkWriteThreshold=" + bulkWriteThreshold + "]";
    }
}
