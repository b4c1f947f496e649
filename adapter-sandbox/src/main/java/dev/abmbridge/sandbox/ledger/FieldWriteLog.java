package dev.abmbridge.sandbox.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Every field written through the emulators, so tests can assert that nothing outside the owned fields was touched. */
public final class FieldWriteLog {

    private final ConcurrentLinkedQueue<FieldWrite> writes = new ConcurrentLinkedQueue<>();

    public void record(FieldWrite write) {
        writes.add(write);
    }

    public List<FieldWrite> writes() {
        return new ArrayList<>(writes);
    }

    public List<FieldWrite> writes(String system) {
        return writes.stream().filter(w -> w.system().equals(system)).toList();
    }

    /** Names of the fields written on one object type of one system. */
    public Set<String> fieldsWritten(String system, String objectType) {
        Set<String> fields = new TreeSet<>();
        for (FieldWrite w : writes) {
            if (w.system().equals(system) && w.objectType().equalsIgnoreCase(objectType)) {
                fields.add(w.field());
            }
        }
        return fields;
    }

    public void reset() {
        writes.clear();
    }
}
