package dev.abmbridge.core.spi.testing;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.spi.SystemUnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A CRM in memory, source and sink at once, for engine tests (it passes the connector contract suite itself).
 * A write changes only owned fields and bumps the record's modifiedAt, as a real CRM does, so our own writes come
 * back in the next pull. Counts every call; can reject records and fail whole calls on demand. With
 * {@link #enableBulk} it also writes in bulk, each bulk write costing a fixed number of calls.
 */
public final class InMemoryCrm implements SourceConnector, InsightSink {

    private record Stored(Object record, Instant modifiedAt, Map<String, String> owned, String linkedTo) {
    }

    private final String system;
    private final Clock clock;
    private final int maxBatch;
    private final Map<RecordKind, TreeMap<String, Stored>> records = new HashMap<>();
    private final Set<String> rejectIds = new HashSet<>();
    private final Map<String, Integer> writesPerRecord = new TreeMap<>();
    private int failCalls;
    private Duration failRetryAfter;
    private int pageCalls;
    private int recordsRead;
    private int writeCalls;
    private int readCalls;
    private BulkWriter bulk;
    private int bulkWrites;
    private long bulkCalls;

    public InMemoryCrm(String system, Clock clock, int maxBatch) {
        this.system = system;
        this.clock = clock;
        this.maxBatch = maxBatch;
        records.put(RecordKind.ACCOUNT, new TreeMap<>());
        records.put(RecordKind.CONTACT, new TreeMap<>());
    }

    // ---- test set-up ----

    public void put(Account a) {
        put(RecordKind.ACCOUNT, a.id(), a, clock.instant(), null);
    }

    public void put(Account a, Instant modifiedAt, String linkedTo) {
        put(RecordKind.ACCOUNT, a.id(), a, modifiedAt, linkedTo);
    }

    public void put(Contact c) {
        put(RecordKind.CONTACT, c.id(), c, clock.instant(), null);
    }

    public void put(Contact c, Instant modifiedAt) {
        put(RecordKind.CONTACT, c.id(), c, modifiedAt, null);
    }

    private void put(RecordKind kind, String id, Object record, Instant modifiedAt, String linkedTo) {
        Stored old = records.get(kind).get(id);
        records.get(kind).put(id, new Stored(record, modifiedAt, old == null ? new HashMap<>() : old.owned(), linkedTo));
    }

    /** An admin edits an owned field by hand in the CRM. */
    public void editOwned(RecordKind kind, String id, String field, String value) {
        Stored s = records.get(kind).get(id);
        Map<String, String> owned = new HashMap<>(s.owned());
        owned.put(field, value);
        records.get(kind).put(id, new Stored(s.record(), clock.instant(), owned, s.linkedTo()));
    }

    /**
     * Turns bulk writes on: hand-overs of more than {@code threshold} updates (at most {@code maxUpdates}) are written
     * at once, each costing {@code callsPerWrite} API calls (a failed one too).
     */
    public void enableBulk(int maxUpdates, int threshold, int callsPerWrite) {
        bulk = new BulkWriter() {
            @Override
            public int maxUpdates() {
                return maxUpdates;
            }

            @Override
            public int threshold() {
                return threshold;
            }

            @Override
            public List<Outcome> write(List<RecordUpdate> updates) {
                if (updates.size() > maxUpdates || updates.size() <= threshold) {
                    throw new IllegalArgumentException("a bulk write of " + updates.size() + " outside (" + threshold + ", "
                            + maxUpdates + "]");
                }
                if (updates.stream().map(RecordUpdate::kind).distinct().count() != 1) {
                    throw new IllegalArgumentException("a bulk write mixes kinds");
                }
                bulkWrites++;
                bulkCalls += callsPerWrite;
                return apply(updates);
            }

            @Override
            public int minCallsPerWrite() {
                return callsPerWrite;
            }

            @Override
            public long callsMade() {
                return bulkCalls;
            }
        };
    }

    public int bulkWrites() {
        return bulkWrites;
    }

    public void reject(String id) {
        rejectIds.add(id);
    }

    public void accept(String id) {
        rejectIds.remove(id);
    }

    /** The next {@code n} write calls fail as a 429 with this Retry-After. */
    public void failNextCalls(int n, Duration retryAfter) {
        failCalls = n;
        failRetryAfter = retryAfter;
    }

    public Map<String, String> owned(RecordKind kind, String id) {
        return Map.copyOf(records.get(kind).get(id).owned());
    }

    public Object record(RecordKind kind, String id) {
        return records.get(kind).get(id).record();
    }

    /** Owned values of every record, for comparing whole states. */
    public Map<String, Map<String, String>> allOwned() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        records.forEach((kind, m) -> m.forEach((id, s) -> out.put(kind + "/" + id, new TreeMap<>(s.owned()))));
        return out;
    }

    public Map<String, Integer> writesPerRecord() {
        return Map.copyOf(writesPerRecord);
    }

    public int pageCalls() {
        return pageCalls;
    }

    public int recordsRead() {
        return recordsRead;
    }

    public int writeCalls() {
        return writeCalls;
    }

    public int readCalls() {
        return readCalls;
    }

    public void resetCounters() {
        pageCalls = 0;
        recordsRead = 0;
        writeCalls = 0;
        readCalls = 0;
        bulkWrites = 0;
        writesPerRecord.clear();
    }

    // ---- SourceConnector ----

    @Override
    public String system() {
        return system;
    }

    @Override
    public Page<Account> accounts(Cursor after, int pageSize) {
        return page(RecordKind.ACCOUNT, after, pageSize);
    }

    @Override
    public Page<Contact> contacts(Cursor after, int pageSize) {
        return page(RecordKind.CONTACT, after, pageSize);
    }

    @SuppressWarnings("unchecked")
    private <T> Page<T> page(RecordKind kind, Cursor after, int pageSize) {
        pageCalls++;
        List<Map.Entry<String, Stored>> later = new ArrayList<>(records.get(kind).entrySet().stream()
                .filter(e -> after.precedes(e.getValue().modifiedAt(), e.getKey())).toList());
        later.sort(Map.Entry.<String, Stored>comparingByValue((a, b) -> a.modifiedAt().compareTo(b.modifiedAt()))
                .thenComparing(Map.Entry.comparingByKey()));
        List<SourceRecord<T>> out = new ArrayList<>();
        for (Map.Entry<String, Stored> e : later.subList(0, Math.min(pageSize, later.size()))) {
            out.add((SourceRecord<T>) toRecord(e.getKey(), e.getValue()));
        }
        recordsRead += out.size();
        return new Page<>(out, later.size() <= pageSize);
    }

    private static SourceRecord<?> toRecord(String id, Stored s) {
        return new SourceRecord<>(s.record(), new Cursor(s.modifiedAt(), id), s.owned(), s.linkedTo());
    }

    @Override
    public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
        readCalls++;
        List<SourceRecord<?>> out = new ArrayList<>();
        for (String id : ids) {
            Stored s = records.get(kind).get(id);
            if (s != null) {
                out.add(toRecord(id, s));
            }
        }
        return out;
    }

    // ---- InsightSink ----

    @Override
    public int maxBatchSize() {
        return maxBatch;
    }

    @Override
    public RateLimit rateLimit() {
        return new RateLimit(1000, Duration.ofSeconds(1));
    }

    @Override
    public List<Outcome> write(List<RecordUpdate> updates) {
        if (updates.size() > maxBatch) {
            throw new IllegalArgumentException("batch of " + updates.size() + " over the maximum " + maxBatch);
        }
        writeCalls++;
        return apply(updates);
    }

    @Override
    public Optional<BulkWriter> bulkWriter() {
        return Optional.ofNullable(bulk);
    }

    private List<Outcome> apply(List<RecordUpdate> updates) {
        if (failCalls > 0) {
            failCalls--;
            throw new SystemUnavailableException("429 Too Many Requests", failRetryAfter);
        }
        List<Outcome> out = new ArrayList<>();
        for (RecordUpdate u : updates) {
            Stored s = records.get(u.kind()).get(u.id());
            if (s == null) {
                out.add(Outcome.rejected(u.id(), "ENTITY_IS_DELETED: no such record"));
                continue;
            }
            if (rejectIds.contains(u.id())) {
                out.add(Outcome.rejected(u.id(), "FIELD_CUSTOM_VALIDATION_EXCEPTION: rejected by a validation rule"));
                continue;
            }
            Map<String, String> owned = new HashMap<>(s.owned());
            u.fields().forEach((f, v) -> {
                if (!OwnedFields.of(u.kind()).contains(f)) {
                    throw new IllegalArgumentException(f + " is not an owned field");
                }
                if (v == null) {
                    owned.remove(f);
                } else {
                    owned.put(f, v);
                }
            });
            records.get(u.kind()).put(u.id(), new Stored(s.record(), clock.instant(), owned, s.linkedTo()));
            writesPerRecord.merge(u.kind() + "/" + u.id(), 1, Integer::sum);
            out.add(Outcome.ok(u.id()));
        }
        return out;
    }
}
