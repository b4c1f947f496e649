package dev.abmbridge.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads partner-API field values (untyped strings, sometimes Integer) as text. */
final class SObjectValues {

    private SObjectValues() {
    }

    static String text(SObject record, String field) {
        Object value = record.getField(field);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? null : text;
    }

    /** The raw record in the canonical column names of the file contract, custom fields as {@code custom.<name>}. */
    static Map<String, String> raw(SObject record, Map<String, String> columns, List<String> customFields) {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("id", record.getId());
        columns.forEach((salesforceField, column) -> raw.put(column, text(record, salesforceField)));
        for (String custom : customFields) {
            raw.put("custom." + custom, text(record, custom));
        }
        return raw;
    }
}
