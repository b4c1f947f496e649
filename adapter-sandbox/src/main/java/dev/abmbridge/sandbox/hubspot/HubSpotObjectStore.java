package dev.abmbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The records of one object type, ordered by id (which is also the list endpoint's {@code after} cursor) and indexed
 * by (last-modified date, id), the order of the connectors' searches; the index is kept current by every write of the
 * modified date (record creation, every update), always under this store's lock.
 */
final class HubSpotObjectStore {

    private final HubSpotObjectType type;
    private final PropertyCatalog catalog = new PropertyCatalog();
    private final NavigableMap<Long, HubSpotRecord> records = new TreeMap<>();
    private final Map<String, Map<String, HubSpotRecord>> uniqueIndexes = new java.util.HashMap<>();
    private final ModifiedIndex byModified = new ModifiedIndex();
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
        String stamp = HubSpotTime.format(at);
        record.set(catalog.column("createdate"), stamp);
        stampModified(record, at, stamp);
        return record;
    }

    /** Stamps the record's last-modified date and moves it to its new place in the modified-date index. */
    synchronized void modified(HubSpotRecord record, Instant at) {
        stampModified(record, at, HubSpotTime.format(at));
    }

    private void stampModified(HubSpotRecord record, Instant at, String stamp) {
        record.set(catalog.column(type.lastModifiedProperty()), stamp);
        byModified.put(record.id(), at.toEpochMilli());
    }

    /** The matches of a search (the page it asks for) and their total: by the modified-date index when it can serve it. */
    synchronized SearchResult search(SearchRequest search) {
        return search.plan != null && byModified.complete() ? SearchResult.indexed(this, byModified, search) : scan(search);
    }

    /** The same search by a pass over every record: the reference the index must agree with. */
    synchronized SearchResult scan(SearchRequest search) {
        return SearchResult.scanned(records.values(), search);
    }

    /** The record with this id, or null; the caller holds this store's lock. */
    HubSpotRecord recordLocked(long id) {
        return records.get(id);
    }

    synchronized int indexedSize() {
        return byModified.size();
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
        if (property.equals(type.lastModifiedProperty())) {
            // Read-only through the API; kept right here too, so the index never disagrees with a stored value.
            synchronized (this) {
                record.set(column, value);
                byModified.put(record.id(), value);
            }
            return;
        }
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
