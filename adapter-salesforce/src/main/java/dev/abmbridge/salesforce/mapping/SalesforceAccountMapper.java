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
        raw.computeIfPresent("annualRevenue", (column, value) -> plainNumber(value));
        raw.computeIfPresent("employees", (column, value) -> plainNumber(value));
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

    /**
     * The partner API writes currency and double fields in xsd:double's notation, as Java prints doubles
     * ({@code 5.0E7} for fifty million), which the file contract's number parser rightly refuses; written out
     * exactly, the value is read as any other number.
     */
    private static String plainNumber(String value) {
        if (!DOUBLE_NOTATION.matcher(value).matches()) {
            return value;
        }
        return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private static final java.util.regex.Pattern DOUBLE_NOTATION =
            java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");

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
