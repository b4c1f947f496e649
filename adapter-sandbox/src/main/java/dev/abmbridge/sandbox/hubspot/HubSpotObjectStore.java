package dev.abmbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The records of one object type, ordered by id (which is also the list endpoint's {@code after} cursor). */
final class HubSpotObjectStore {

    private final HubSpotObjectType type;
    private final PropertyCatalog catalog = new PropertyCatalog();
    private final NavigableMap<Long, HubSpotRecord> records = new TreeMap<>();
    private final Map<String, Map<String, HubSpotRecord>> uniqueIndexes = new java.util.HashMap<>();
    private long nextId;

    HubSpotObjectStore(HubSpotObjectType type, long firstId) {
        this.type = type;
        this.nextId = firstId;
    }

    HubSpotObjectType type() {
        return type;
    }

    PropertyCatalog catalog() {
        return catalog;
    }

    synchronized HubSpotRecord create(Instant at) {
        HubSpotRecord record = new HubSpotRecord(nextId, at, 16);
        nextId += 1 + (nextId % 3);
        records.put(record.id(), record);
        record.set(catalog.column("hs_object_id"), String.valueOf(record.id()));
        record.set(catalog.column("createdate"), HubSpotTime.format(at));
        record.set(catalog.column(type.lastModifiedProperty()), HubSpotTime.format(at));
        return record;
    }

    synchronized Optional<HubSpotRecord> find(String id) {
        try {
            return Optional.ofNullable(records.get(Long.parseLong(id.trim())));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Records with id ≥ {@code after}, at most {@code limit} + 1 (the extra one tells whether a next page exists). */
    synchronized List<HubSpotRecord> page(long after, int limit) {
        List<HubSpotRecord> page = new ArrayList<>(limit + 1);
        for (Map.Entry<Long, HubSpotRecord> e : records.tailMap(after, true).entrySet()) {
            page.add(e.getValue());
            if (page.size() > limit) {
                break;
            }
        }
        return page;
    }

    synchronized List<HubSpotRecord> all() {
        return new ArrayList<>(records.values());
    }

    synchronized int size() {
        return records.size();
    }

    String value(HubSpotRecord record, String property) {
        return record.get(catalog.column(property));
    }

    /** Sets a property value, keeping the index of unique-value properties (e.g. contact e-mail) current. */
    void set(HubSpotRecord record, String property, String value) {
        int column = catalog.column(property);
        boolean unique = catalog.property(property).map(HubSpotProperty::hasUniqueValue).orElse(false);
        if (unique) {
            synchronized (this) {
                Map<String, HubSpotRecord> index = uniqueIndexes.computeIfAbsent(property, p -> new java.util.HashMap<>());
                String old = record.get(column);
                if (old != null) {
                    index.remove(old.toLowerCase(java.util.Locale.ROOT), record);
                }
                if (value != null) {
                    index.putIfAbsent(value.toLowerCase(java.util.Locale.ROOT), record);
                }
            }
        }
        record.set(column, value);
    }

    /** Finds the one record whose unique property holds the value (case-insensitively). */
    synchronized Optional<HubSpotRecord> findByUnique(String property, String value) {
        Map<String, HubSpotRecord> index = uniqueIndexes.get(property);
        if (index == null || value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.get(value.toLowerCase(java.util.Locale.ROOT)));
    }
}
