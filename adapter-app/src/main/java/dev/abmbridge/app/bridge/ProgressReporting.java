package dev.abmbridge.app.bridge;

import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.AudienceReach;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Connectors that tell a {@link SyncProgress} what passes through them, so the engine needs no progress hooks. They
 * add nothing else: every call goes to the connector unchanged.
 */
final class ProgressReporting {

    private ProgressReporting() {
    }

    static SyncConnection connection(SyncConnection c, SyncProgress progress) {
        return new SyncConnection(new Source(c.source(), progress), c.sink() == null ? null : sink(c.sink(), progress));
    }

    static InsightSink sink(InsightSink sink, SyncProgress progress) {
        return new Sink(sink, progress);
    }

    static AudienceDestination destination(AudienceDestination d, SyncProgress progress) {
        return new Destination(d, progress);
    }

    private record Source(SourceConnector source, SyncProgress progress) implements SourceConnector {
        @Override
        public String system() {
            return source.system();
        }

        @Override
        public Page<Account> accounts(Cursor after, int pageSize) {
            Page<Account> page = source.accounts(after, pageSize);
            progress.read(system(), RunSummary.object(RecordKind.ACCOUNT), page.records().size());
            return page;
        }

        @Override
        public Page<Contact> contacts(Cursor after, int pageSize) {
            Page<Contact> page = source.contacts(after, pageSize);
            progress.read(system(), RunSummary.object(RecordKind.CONTACT), page.records().size());
            return page;
        }

        @Override
        public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
            return source.read(kind, ids);
        }
    }

    private record Sink(InsightSink sink, SyncProgress progress) implements InsightSink {
        @Override
        public String system() {
            return sink.system();
        }

        @Override
        public int maxBatchSize() {
            return sink.maxBatchSize();
        }

        @Override
        public RateLimit rateLimit() {
            return sink.rateLimit();
        }

        @Override
        public List<Outcome> write(List<RecordUpdate> updates) {
            List<Outcome> outcomes = sink.write(updates);
            reportWritten(system(), updates, progress);
            return outcomes;
        }

        @Override
        public Optional<BulkWriter> bulkWriter() {
            return sink.bulkWriter().map(bulk -> new Bulk(bulk, system(), progress));
        }
    }

    private static void reportWritten(String system, List<RecordUpdate> updates, SyncProgress progress) {
        if (!updates.isEmpty()) {
            progress.written(system, RunSummary.object(updates.get(0).kind()), updates.size());
        }
    }

    private record Bulk(BulkWriter bulk, String system, SyncProgress progress) implements BulkWriter {
        @Override
        public int maxUpdates() {
            return bulk.maxUpdates();
        }

        @Override
        public int threshold() {
            return bulk.threshold();
        }

        @Override
        public List<Outcome> write(List<RecordUpdate> updates) {
            List<Outcome> outcomes = bulk.write(updates);
            reportWritten(system, updates, progress);
            return outcomes;
        }

        @Override
        public int minCallsPerWrite() {
            return bulk.minCallsPerWrite();
        }

        @Override
        public long callsMade() {
            return bulk.callsMade();
        }
    }

    private record Destination(AudienceDestination destination, SyncProgress progress) implements AudienceDestination {
        @Override
        public String system() {
            return destination.system();
        }

        @Override
        public int maxBatchSize() {
            return destination.maxBatchSize();
        }

        @Override
        public RateLimit rateLimit() {
            return destination.rateLimit();
        }

        @Override
        public void ensureAudience(String audienceId, String displayName) {
            destination.ensureAudience(audienceId, displayName);
        }

        @Override
        public List<Outcome> apply(String audienceId, List<MemberChange> changes) {
            List<Outcome> outcomes = destination.apply(audienceId, changes);
            progress.members(system(), audienceId, changes.size());
            return outcomes;
        }

        @Override
        public Set<String> members(String audienceId, Collection<String> keys) {
            return destination.members(audienceId, keys);
        }

        @Override
        public void runFinished() {
            destination.runFinished(); // a file export writes its files here
        }

        @Override
        public List<AudienceReach> reach(String audienceId) {
            return destination.reach(audienceId);
        }
    }
}
