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

    /** Finds the one record whose unique property holds the value. */
    Optional<HubSpotRecord> findByUnique(String property, String value) {
        int column = catalog.column(property);
        if (column < 0 || value == null) {
            return Optional.empty();
        }
        for (HubSpotRecord record : all()) {
            if (value.equalsIgnoreCase(record.get(column))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }
}
