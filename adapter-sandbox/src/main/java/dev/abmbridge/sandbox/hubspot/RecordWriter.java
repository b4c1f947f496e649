package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.fault.FaultInjector;
import dev.abmbridge.sandbox.ledger.FieldWrite;
import dev.abmbridge.sandbox.ledger.FieldWriteLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validates and applies property writes; a record with any refused value is left untouched. */
final class RecordWriter {

    /** Either the written record or the problems that refused the write. */
    record Outcome(HubSpotRecord record, List<PropertyProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final HubSpotPortal portal;
    private final FieldWriteLog writeLog;
    private final FaultInjector faults;

    RecordWriter(HubSpotPortal portal, FieldWriteLog writeLog, FaultInjector faults) {
        this.portal = portal;
        this.writeLog = writeLog;
        this.faults = faults;
    }

    /** Writes the properties to {@code target}, or to a new record when {@code target} is null. */
    Outcome write(HubSpotObjectStore store, HubSpotRecord target, Map<String, String> properties) {
        List<PropertyProblem> problems = new ArrayList<>();
        Map<String, String> stored = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            String current = target == null ? null : store.value(target, name);
            PropertyValidator.Checked checked = PropertyValidator.check(store.catalog(), name, value, current);
            if (checked.problem() != null) {
                problems.add(checked.problem());
            } else {
                stored.put(name, checked.stored());
            }
        });
        if (problems.isEmpty() && faults.rejectRecord()) {
            problems.add(new PropertyProblem("", "CONFLICT", "The record is locked by a concurrent update; retry later."));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Instant now = portal.clock().instant();
        HubSpotRecord record = target == null ? store.create(now) : target;
        String objectType = store.type().pathName();
        stored.forEach((name, value) -> {
            store.set(record, name, value);
            writeLog.record(new FieldWrite("hubspot", objectType, String.valueOf(record.id()), name, value, now));
        });
        store.modified(record, now);
        record.touch(now);
        return new Outcome(record, List.of());
    }
}
