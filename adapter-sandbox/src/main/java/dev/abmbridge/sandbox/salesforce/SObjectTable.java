package dev.abmbridge.sandbox.salesforce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All records of one sObject type, in insertion order, with the org's id scheme (key prefix + counter, 18 chars). */
public final class SObjectTable {

    private final SObjectSchema schema;
    private final Map<String, SObjectRow> rows = new LinkedHashMap<>();
    private long nextNumber = 1;

    public SObjectTable(SObjectSchema schema) {
        this.schema = schema;
    }

    public SObjectSchema schema() {
        return schema;
    }

    public synchronized SObjectRow newRow() {
        String digits = Long.toString(nextNumber++);
        String id = schema.keyPrefix() + "5g" + "0000000000".substring(digits.length()) + digits + "AAA";
        SObjectRow row = new SObjectRow(id, 16);
        rows.put(id, row);
        return row;
    }

    public synchronized Optional<SObjectRow> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        SObjectRow row = rows.get(id);
        if (row == null && id.length() == 15) {
            row = rows.get(id + "AAA");
        }
        return Optional.ofNullable(row);
    }

    /** A copy of the row list, safe to scan while writes go on. */
    public synchronized List<SObjectRow> rows() {
        return new ArrayList<>(rows.values());
    }

    public synchronized int size() {
        return rows.size();
    }

    public boolean ownsId(String id) {
        return id != null && (id.length() == 15 || id.length() == 18) && id.startsWith(schema.keyPrefix());
    }
}
