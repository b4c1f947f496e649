package dev.abmbridge.core.engine;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.SnapshotWrite;
import dev.abmbridge.core.state.StateStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Pull: streams each source's records changed since its cursor, page by page, into the snapshot store. A page's
 * snapshots and the cursor after it are stored in one transaction, so the cursor never passes a record that is
 * not durable; accounts are pulled before contacts so contacts find their account.
 *
 * <p>While one page is stored, the next is asked of the source and turned into snapshots (canonical JSON and
 * hash) on a thread of its own: the request after a page is known as soon as the page is read (the records after
 * its last one), so the store's work overlaps the source's calls and the mapping. One page ahead, the source
 * called by one thread at a time, in the same order with the same requests as without it; a page read ahead is
 * counted in the report when the engine takes it, and a failure of it is thrown then, after the pages before it
 * are stored. Nothing reads past the last page.
 */
final class Puller {

    /** A page read and turned into snapshots, with the cursor after it. */
    private record Fetched(int records, boolean last, List<SnapshotWrite> writes, Cursor end) {
    }

    private final StateStore store;
    private final SnapshotCodec codec;
    private final int pageSize;

    Puller(StateStore store, SnapshotCodec codec, int pageSize) {
        this.store = store;
        this.codec = codec;
        this.pageSize = pageSize;
    }

    void pull(SourceConnector source, RunReport report) {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "abm-pull-" + source.system());
            t.setDaemon(true);
            return t;
        });
        try {
            pullKind(source, RecordKind.ACCOUNT, report, source::accounts, reader);
            pullKind(source, RecordKind.CONTACT, report, source::contacts, reader);
        } finally {
            // A page still being read when a store failed is waited for: the source is never called after the pull.
            reader.shutdown();
            try {
                reader.awaitTermination(15, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Reads just these records by id (a webhook's changed records) and stores them, accounts first so contacts find
     * their account, without moving the cursors: the next full pull still reads everything changed after them. Ids
     * the source no longer has are left alone (the full pull handles deletions).
     */
    void pullRecords(SourceConnector source, Map<RecordKind, Set<String>> ids, RunReport report) {
        String system = source.system();
        for (RecordKind kind : List.of(RecordKind.ACCOUNT, RecordKind.CONTACT)) {
            List<String> wanted = new ArrayList<>(ids.getOrDefault(kind, Set.of()));
            Cursor unmoved = wanted.isEmpty() ? null : store.cursor(system, kind);
            for (int from = 0; from < wanted.size(); from += pageSize) {
                List<SourceRecord<?>> records = source.read(kind, wanted.subList(from, Math.min(wanted.size(), from + pageSize)));
                report.sourceCall(system);
                report.page(system, kind, records.size());
                List<SnapshotWrite> writes = new ArrayList<>(records.size());
                for (SourceRecord<?> r : records) {
                    writes.add(snapshot(system, kind, r));
                }
                report.recordsRead(system, writes.size());
                report.recordsChanged(store.storePage(system, writes, kind, unmoved));
            }
        }
    }

    private <T> void pullKind(SourceConnector source, RecordKind kind, RunReport report,
                              BiFunction<Cursor, Integer, Page<T>> fetch, ExecutorService reader) {
        String system = source.system();
        Cursor cursor = store.cursor(system, kind);
        Future<Fetched> next = reader.submit(() -> read(system, kind, fetch, cursor));
        while (true) {
            Fetched page = take(next);
            report.sourceCall(system);
            report.page(system, kind, page.records());
            if (page.records() == 0) {
                return;
            }
            if (!page.last()) {
                next = reader.submit(() -> read(system, kind, fetch, page.end()));
            }
            report.recordsRead(system, page.writes().size());
            report.recordsChanged(store.storePage(system, page.writes(), kind, page.end()));
            if (page.last()) {
                return;
            }
        }
    }

    /** On the reader thread: one page after {@code cursor}, as snapshots, checked against the cursor contract. */
    private <T> Fetched read(String system, RecordKind kind, BiFunction<Cursor, Integer, Page<T>> fetch, Cursor cursor) {
        Page<T> page = fetch.apply(cursor, pageSize);
        List<SnapshotWrite> writes = new ArrayList<>(page.records().size());
        Cursor end = cursor;
        for (SourceRecord<T> r : page.records()) {
            if (!end.precedes(r.position().modifiedAt(), r.position().lastId())) {
                throw new IllegalStateException(system + " returned " + kind + " " + r.position()
                        + " that is not after the cursor " + end + ": the connector breaks the cursor contract");
            }
            writes.add(snapshot(system, kind, r));
            end = r.position();
        }
        return new Fetched(page.records().size(), page.last(), writes, end);
    }

    private static Fetched take(Future<Fetched> page) {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading a page failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            page.cancel(true);
            throw new IllegalStateException("interrupted while waiting for a page", e);
        }
    }

    SnapshotWrite snapshot(String system, RecordKind kind, SourceRecord<?> r) {
        String body = codec.canonical(r.record());
        String hash = SnapshotCodec.sha256(body);
        String modifiedAt = r.position().modifiedAt().toString();
        if (r.record() instanceof Account a) {
            return new SnapshotWrite(kind, a.id(), UnifyKeys.account(system, a), null, r.linkedTo(), modifiedAt, hash,
                    body, r.held());
        }
        Contact c = (Contact) r.record();
        return new SnapshotWrite(kind, c.id(), UnifyKeys.contact(system, c), c.accountId(), r.linkedTo(), modifiedAt,
                hash, body, r.held());
    }
}
