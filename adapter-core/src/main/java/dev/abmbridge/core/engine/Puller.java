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
import java.util.function.BiFunction;

/**
 * Pull: streams each source's records changed since its cursor, page by page, into the snapshot store. A page's
 * snapshots and the cursor after it are stored in one transaction, so the cursor never passes a record that is
 * not durable; accounts are pulled before contacts so contacts find their account.
 */
final class Puller {

    private final StateStore store;
    private final SnapshotCodec codec;
    private final int pageSize;

    Puller(StateStore store, SnapshotCodec codec, int pageSize) {
        this.store = store;
        this.codec = codec;
        this.pageSize = pageSize;
    }

    void pull(SourceConnector source, RunReport report) {
        String system = source.system();
        pullKind(source, RecordKind.ACCOUNT, report, source::accounts);
        pullKind(source, RecordKind.CONTACT, report, source::contacts);
    }

    private <T> void pullKind(SourceConnector source, RecordKind kind, RunReport report,
                              BiFunction<Cursor, Integer, Page<T>> fetch) {
        String system = source.system();
        Cursor cursor = store.cursor(system, kind);
        while (true) {
            Page<T> page = fetch.apply(cursor, pageSize);
            report.sourceCall(system);
            report.page(system, kind, page.records().size());
            if (page.records().isEmpty()) {
                return;
            }
            List<SnapshotWrite> writes = new ArrayList<>(page.records().size());
            for (SourceRecord<T> r : page.records()) {
                if (!cursor.precedes(r.position().modifiedAt(), r.position().lastId())) {
                    throw new IllegalStateException(system + " returned " + kind + " " + r.position()
                            + " that is not after the cursor " + cursor + ": the connector breaks the cursor contract");
                }
                writes.add(snapshot(system, kind, r));
                cursor = r.position();
            }
            report.recordsRead(system, writes.size());
            report.recordsChanged(store.storePage(system, writes, kind, cursor));
            if (page.last()) {
                return;
            }
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
