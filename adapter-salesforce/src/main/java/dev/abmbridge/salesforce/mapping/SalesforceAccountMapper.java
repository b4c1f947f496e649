package dev.abmbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.normalize.AccountNormalizer;
import dev.abmbridge.core.normalize.InvalidRecordException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an Account sObject to the canonical {@link Account} through the core's normalizer. A value the normalizer
 * cannot read (a Website that is not a domain) is dropped rather than the whole account.
 */
public final class SalesforceAccountMapper {

    /** Salesforce field to canonical column. */
    public static final Map<String, String> COLUMNS = columns();

    private SalesforceAccountMapper() {
    }

    public static Account toAccount(SObject record, List<String> customFields) {
        Map<String, String> raw = SObjectValues.raw(record, COLUMNS, customFields);
        for (int attempt = 0; ; attempt++) {
            try {
                return AccountNormalizer.normalize("salesforce", raw);
            } catch (InvalidRecordException e) {
                if (attempt > COLUMNS.size() || e.field() == null || e.field().equals("id") || !raw.containsKey(e.field())) {
                    throw e;
                }
                raw.remove(e.field());
            }
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Name", "name");
        m.put("Website", "website");
        m.put("Industry", "industry");
        m.put("NumberOfEmployees", "employees");
        m.put("AnnualRevenue", "annualRevenue");
        m.put("BillingCountry", "country");
        m.put("BillingState", "state");
        m.put("BillingCity", "city");
        m.put("Type", "type");
        return java.util.Collections.unmodifiableMap(m);
    }
}
