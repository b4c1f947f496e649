package dev.abmbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.normalize.ContactNormalizer;
import dev.abmbridge.core.normalize.InvalidRecordException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a Contact sObject to the canonical {@link Contact}; an unreadable e-mail is dropped, not the contact. */
public final class SalesforceContactMapper {

    /** Salesforce field to canonical column. */
    public static final Map<String, String> COLUMNS = columns();

    private SalesforceContactMapper() {
    }

    public static Contact toContact(SObject record, List<String> customFields) {
        Map<String, String> raw = SObjectValues.raw(record, COLUMNS, customFields);
        Contact c;
        try {
            c = ContactNormalizer.normalize("salesforce", raw);
        } catch (InvalidRecordException e) {
            if (!"email".equals(e.field())) {
                throw e;
            }
            raw.remove("email");
            c = ContactNormalizer.normalize("salesforce", raw);
        }
        return SalesforceContactFields.MAPPER.withDepartment(c, SObjectValues.text(record, "Department"));
    }

    private static Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("AccountId", "accountId");
        m.put("Email", "email");
        m.put("FirstName", "firstName");
        m.put("LastName", "lastName");
        m.put("Title", "title");
        m.put("MailingCountry", "country");
        return java.util.Collections.unmodifiableMap(m);
    }
}
