package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.ledger.FieldWrite;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * create / update / upsert / delete with per-record outcomes: field checks, field-level security, injected
 * UNABLE_TO_LOCK_ROW, and SystemModstamp/LastModifiedDate bumped on every successful write.
 */
final class RecordWriter {

    static final int MAX_RECORDS = 200;

    private final SalesforceOrg org;
    private final FaultInjector faults;
    private final FieldWriteLog writeLog;

    RecordWriter(SalesforceOrg org, FaultInjector faults, FieldWriteLog writeLog) {
        this.org = org;
        this.faults = faults;
        this.writeLog = writeLog;
    }

    List<SaveOutcome> create(List<SObjectInput> inputs) {
        checkSize(inputs.size());
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (SObjectInput input : inputs) {
            SObjectTable table = tableOf(input);
            outcomes.add(table == org.campaignMembers() ? createCampaignMember(table, input) : write(table, null, input));
        }
        return outcomes;
    }

    /**
     * A member takes the campaign's default status when none is given, and a contact can be a member of a campaign only
     * once: a second create for the pair fails with DUPLICATE_VALUE (API 16.0 and later never update on create).
     */
    private SaveOutcome createCampaignMember(SObjectTable table, SObjectInput input) {
        String campaignId = valueOf(input, "CampaignId");
        String contactId = valueOf(input, "ContactId");
        if (contactId == null) {
            return SaveOutcome.failed(SaveError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [ContactId]", "ContactId"));
        }
        if (org.memberships().get(campaignId, contactId) != null) {
            return SaveOutcome.failed(SaveError.of("DUPLICATE_VALUE", "Already a campaign member."));
        }
        SObjectInput withStatus = input;
        if (valueOf(input, "Status") == null && !input.fieldsToNull().contains("Status")) {
            Map<String, String> values = new LinkedHashMap<>(input.values());
            values.put("Status", StandardSchemas.CAMPAIGN_MEMBER_STATUSES.get(0));
            withStatus = new SObjectInput(input.type(), input.id(), values, input.fieldsToNull());
        }
        SaveOutcome outcome = write(table, null, withStatus);
        if (outcome.success()) {
            org.memberships().add(outcome.id(), campaignId, contactId);
        }
        return outcome;
    }

    private static String valueOf(SObjectInput input, String field) {
        for (Map.Entry<String, String> e : input.values().entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().trim();
            }
        }
        return null;
    }

    List<SaveOutcome> update(List<SObjectInput> inputs) {
        checkSize(inputs.size());
        return updateAll(inputs);
    }

    /** Updates without the 200-record limit of a SOAP call (a Bulk API batch, up to 10,000 records). */
    List<SaveOutcome> updateAll(List<SObjectInput> inputs) {
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (SObjectInput input : inputs) {
            SObjectTable table = tableOf(input);
            if (input.id() == null) {
                outcomes.add(SaveOutcome.failed(SaveError.of("MISSING_ARGUMENT", "Id not specified in an update call")));
                continue;
            }
            SaveError idError = existing(table, input.id());
            outcomes.add(idError != null ? SaveOutcome.failed(idError) : write(table, table.find(input.id()).orElseThrow(), input));
        }
        return outcomes;
    }

    List<SaveOutcome> upsert(String externalIdField, List<SObjectInput> inputs) {
        checkSize(inputs.size());
        List<SaveOutcome> outcomes = new ArrayList<>();
        Map<String, Map<String, List<SObjectRow>>> indexes = new HashMap<>();
        for (SObjectInput input : inputs) {
            SObjectTable table = tableOf(input);
            SalesforceField key = externalIdField.equalsIgnoreCase("Id") ? null : externalKey(table, externalIdField);
            String keyValue = key == null ? input.id() : input.values().get(key.name());
            if (keyValue == null) {
                outcomes.add(key == null ? write(table, null, input) : SaveOutcome.failed(SaveError.of("MISSING_ARGUMENT",
                        key.name() + " not specified")));
                continue;
            }
            List<SObjectRow> matches = key == null
                    ? table.find(keyValue).filter(r -> !r.deleted()).map(List::of).orElse(List.of())
                    : indexes.computeIfAbsent(table.schema().name(), n -> index(table, key)).getOrDefault(keyValue, List.of());
            if (matches.size() > 1) {
                outcomes.add(SaveOutcome.failed(SaveError.of("DUPLICATE_EXTERNAL_ID", key.label() + ": more than one record found for "
                        + "external id field: " + matches.stream().map(SObjectRow::id).toList(), key.name())));
            } else if (matches.isEmpty() && key == null) {
                outcomes.add(SaveOutcome.failed(SaveError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", "Id")));
            } else {
                SaveOutcome outcome = write(table, matches.isEmpty() ? null : matches.get(0), input);
                if (outcome.success() && matches.isEmpty()) {
                    indexes.remove(table.schema().name());
                }
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    List<SaveOutcome> delete(List<String> ids) {
        checkSize(ids.size());
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (String id : ids) {
            SObjectTable table = org.tableOwning(id).orElse(null);
            SaveError error = table == null ? SaveError.of("MALFORMED_ID", "malformed id " + id) : existing(table, id);
            if (error != null) {
                outcomes.add(SaveOutcome.failed(error));
            } else {
                String fullId = table.find(id).orElseThrow().id();
                org.delete(table.schema().name(), id);
                writeLog.record(new FieldWrite("salesforce", table.schema().name(), fullId, "IsDeleted", "true", org.clock().instant()));
                outcomes.add(new SaveOutcome(fullId, false, List.of()));
            }
        }
        return outcomes;
    }

    private SaveOutcome write(SObjectTable table, SObjectRow target, SObjectInput input) {
        SObjectSchema schema = table.schema();
        boolean creating = target == null;
        List<SaveError> errors = new ArrayList<>();
        Map<SalesforceField, String> changes = new LinkedHashMap<>();
        List<String> notWritable = new ArrayList<>();
        input.values().forEach((name, value) -> {
            SalesforceField field = schema.visibleField(name).orElse(null);
            if (field == null) {
                errors.add(SaveError.of("INVALID_FIELD", "No such column '" + name + "' on sobject of type " + schema.name(), name));
            } else if (!(creating ? field.createable() : field.updateable()) || !schema.accessOf(field).editable()) {
                notWritable.add(field.name());
            } else {
                FieldValueCheck.Result result = FieldValueCheck.check(field, value);
                if (result.error() != null) {
                    errors.add(result.error());
                } else {
                    changes.put(field, result.stored());
                }
            }
        });
        for (String name : input.fieldsToNull()) {
            SalesforceField field = schema.visibleField(name).orElse(null);
            if (field == null) {
                errors.add(SaveError.of("INVALID_FIELD", "No such column '" + name + "' on sobject of type " + schema.name(), name));
            } else if (!field.nillable()) {
                errors.add(SaveError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + field.name() + "]", field.name()));
            } else if (!field.updateable() || !schema.accessOf(field).editable()) {
                notWritable.add(field.name());
            } else {
                changes.put(field, null);
            }
        }
        if (!notWritable.isEmpty()) {
            errors.add(new SaveError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: " + String.join(", ", notWritable)
                    + ". Please check the security settings of this field and verify that it is read/write for your profile or "
                    + "permission set.", notWritable));
        }
        if (creating) {
            for (SalesforceField field : schema.visibleFields()) {
                if (!field.nillable() && field.createable() && changes.get(field) == null) {
                    errors.add(SaveError.of("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + field.name() + "]", field.name()));
                }
            }
        }
        checkReferences(changes, errors);
        if (errors.isEmpty() && faults.rejectRecord()) {
            errors.add(SaveError.of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records: "
                    + (creating ? schema.keyPrefix() : target.id())));
        }
        if (!errors.isEmpty()) {
            return SaveOutcome.failed(errors);
        }
        return apply(table, target, changes);
    }

    private SaveOutcome apply(SObjectTable table, SObjectRow target, Map<SalesforceField, String> changes) {
        Instant now = org.clock().instant();
        SObjectSchema schema = table.schema();
        SObjectRow row = target;
        if (row == null) {
            row = table.newRow();
            row.set(schema.column("Id"), row.id());
            row.set(schema.column("IsDeleted"), "false");
            row.set(schema.column("CreatedDate"), SalesforceTime.format(now));
        }
        for (Map.Entry<SalesforceField, String> change : changes.entrySet()) {
            row.set(schema.column(change.getKey().name()), change.getValue());
            writeLog.record(new FieldWrite("salesforce", schema.name(), row.id(), change.getKey().name(), change.getValue(), now));
        }
        org.touch(table, row, now);
        return new SaveOutcome(row.id(), target == null, List.of());
    }

    private void checkReferences(Map<SalesforceField, String> changes, List<SaveError> errors) {
        changes.forEach((field, value) -> {
            if (field.type() == SalesforceFieldType.REFERENCE && value != null) {
                SObjectTable target = org.table(field.referenceTo()).orElseThrow();
                if (target.find(value).filter(r -> !r.deleted()).isEmpty()) {
                    errors.add(SaveError.of("INVALID_CROSS_REFERENCE_KEY", field.label() + ": id value of incorrect type: " + value,
                            field.name()));
                }
            }
        });
    }

    private SaveError existing(SObjectTable table, String id) {
        if (!table.ownsId(id)) {
            return SaveError.of("MALFORMED_ID", table.schema().name() + " ID: id value of incorrect type: " + id, "Id");
        }
        SObjectRow row = table.find(id).orElse(null);
        if (row == null) {
            return SaveError.of("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
        }
        return row.deleted() ? SaveError.of("ENTITY_IS_DELETED", "entity is deleted") : null;
    }

    private SalesforceField externalKey(SObjectTable table, String fieldName) {
        return table.schema().visibleField(fieldName)
                .filter(SalesforceField::externalId)
                .orElseThrow(() -> SalesforceFault.invalidField("Field name provided, " + fieldName + " is not an External ID or "
                        + "indexed field for " + table.schema().name(), 1, 1));
    }

    private static Map<String, List<SObjectRow>> index(SObjectTable table, SalesforceField key) {
        int column = table.schema().column(key.name());
        Map<String, List<SObjectRow>> index = new HashMap<>();
        for (SObjectRow row : table.rows()) {
            String value = row.get(column);
            if (value != null && !row.deleted()) {
                index.computeIfAbsent(value, v -> new ArrayList<>(1)).add(row);
            }
        }
        return index;
    }

    private SObjectTable tableOf(SObjectInput input) {
        if (input.type() == null) {
            throw SalesforceFault.unexpected("INVALID_TYPE", "Must send a concrete entity type.");
        }
        return org.table(input.type()).orElseThrow(() -> SalesforceFault.invalidType(input.type()));
    }

    private static void checkSize(int size) {
        if (size > MAX_RECORDS) {
            throw SalesforceFault.exceededIdLimit();
        }
    }
}
