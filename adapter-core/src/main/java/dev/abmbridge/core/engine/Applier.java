package dev.abmbridge.core.engine;

import dev.abmbridge.core.engine.Checkpoint.Step;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.MemberChange;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.state.FieldWrite;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.RecordRef;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.state.StateStore.DeadLetterWrite;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Apply: fills batches up to each destination's maximum across chunks, journals each batch before sending it,
 * sends it through the connection's {@link CallGuard}, then stores the per-record outcomes and marks the batch in
 * one transaction. A rejected record becomes a dead letter; its batch-mates still land. A sink with a
 * {@link BulkWriter} is handed up to its bulk maximum at a time ({@link BatchShape}): above its threshold the
 * hand-over is one bulk write (one journaled batch, counted with the API calls the writer reports), below it is cut
 * into ordinary calls. Batches are sent on an {@link ApplyThread}, in the order they fill, while the engine goes on
 * evaluating; {@link #flush()} waits for them and {@link #close()} stops the thread.
 */
final class Applier implements AutoCloseable {

    /** Batches filled and waiting for the apply thread, besides the one it sends: bounds memory. */
    private static final int BATCHES_WAITING = 2;


    static final String FIELDS = "FIELDS";
    static final String MEMBERS = "MEMBERS";

    private final StateStore store;
    private final SnapshotCodec codec;
    private final Map<String, InsightSink> sinks;
    private final Map<String, AudienceDestination> destinations;
    private final Map<String, CallGuard> guards;
    private final Checkpoint checkpoint;
    private final Clock clock;
    private final RunReport report;
    private final String runId;
    private final String playbookHash;
    private final Map<String, List<PlannedUpdate>> updateBuffers = new LinkedHashMap<>();
    private final Map<String, List<PlannedMember>> memberBuffers = new LinkedHashMap<>();
    private final Set<String> ensured = new HashSet<>();
    private final Map<String, BatchShape> shapes = new HashMap<>();
    private final ApplyThread sender = new ApplyThread(BATCHES_WAITING);

    Applier(StateStore store, SnapshotCodec codec, Map<String, InsightSink> sinks,
            Map<String, AudienceDestination> destinations, Map<String, CallGuard> guards, Checkpoint checkpoint,
            Clock clock, RunReport report, String runId, String playbookHash) {
        this.store = store;
        this.codec = codec;
        this.sinks = sinks;
        this.destinations = destinations;
        this.guards = guards;
        this.checkpoint = checkpoint;
        this.clock = clock;
        this.report = report;
        this.runId = runId;
        this.playbookHash = playbookHash;
        sinks.forEach((system, sink) -> shapes.put(system, BatchShape.of(sink)));
    }

    void add(PlannedUpdate u) {
        String buffer = u.system() + '\u0000' + u.kind();
        List<PlannedUpdate> batch = updateBuffers.computeIfAbsent(buffer, b -> new ArrayList<>());
        batch.add(u);
        if (batch.size() >= shapes.get(u.system()).handOver()) {
            updateBuffers.remove(buffer);
            sender.submit(() -> handOver(u.system(), batch));
        }
    }

    void add(PlannedMember m) {
        String buffer = m.system() + '\u0000' + m.audienceId();
        List<PlannedMember> batch = memberBuffers.computeIfAbsent(buffer, b -> new ArrayList<>());
        batch.add(m);
        if (batch.size() >= destinations.get(m.system()).maxBatchSize()) {
            memberBuffers.remove(buffer);
            sender.submit(() -> sendMembers(m.system(), batch));
        }
    }

    /** Sends what is left in every buffer and waits until every batch is sent and its outcomes stored. */
    void flush() {
        List<List<PlannedUpdate>> updates = new ArrayList<>(updateBuffers.values());
        updateBuffers.clear();
        updates.forEach(b -> sender.submit(() -> handOver(b.get(0).system(), b)));
        List<List<PlannedMember>> members = new ArrayList<>(memberBuffers.values());
        memberBuffers.clear();
        members.forEach(b -> sender.submit(() -> sendMembers(b.get(0).system(), b)));
        sender.await();
    }

    /** Stops the apply thread: batches not started are dropped, the one being sent is waited for. */
    @Override
    public void close() {
        sender.close();
    }

    // ---- on the apply thread: the report is updated through the sender --------------------------------------

    /** One bulk write above the sink's bulk threshold, else calls of at most the sink's batch maximum. */
    private void handOver(String system, List<PlannedUpdate> batch) {
        InsightSink sink = sinks.get(system);
        BatchShape shape = shapes.get(system);
        if (shape.bulk(batch.size())) {
            BulkWriter bulk = sink.bulkWriter().orElseThrow();
            sendUpdates(system, batch, updates -> bulkWrite(system, batch.get(0).kind(), bulk, updates));
            return;
        }
        for (int from = 0; from < batch.size(); from += shape.max()) {
            sendUpdates(system, batch.subList(from, Math.min(batch.size(), from + shape.max())),
                    updates -> guards.get(system).call(() -> sink.write(updates),
                            () -> sender.report(() -> report.sinkCall(system, batch.get(0).kind()))));
        }
    }

    /** A bulk write costs the calls its writer reports, whether it succeeds or not. */
    private List<Outcome> bulkWrite(String system, RecordKind kind, BulkWriter bulk, List<RecordUpdate> updates) {
        long before = bulk.callsMade();
        try {
            return guards.get(system).call(() -> bulk.write(updates), () -> { });
        } finally {
            int calls = Math.toIntExact(bulk.callsMade() - before);
            sender.report(() -> report.sinkCalls(system, kind, calls));
        }
    }

    private void sendUpdates(String system, List<PlannedUpdate> batch, Function<List<RecordUpdate>, List<Outcome>> send) {
        long batchId = store.journal(runId, system, FIELDS, null, codec.json(batch), clock.millis());
        checkpoint.reached(Step.BEFORE_SEND);
        List<RecordUpdate> updates = batch.stream().map(PlannedUpdate::toUpdate).toList();
        Map<String, Outcome> outcomes = new HashMap<>();
        String failure = null;
        try {
            for (Outcome o : send.apply(updates)) {
                outcomes.put(o.id(), o);
            }
        } catch (RuntimeException e) {
            failure = "failed after retries: " + e.getMessage();
        }
        checkpoint.reached(Step.AFTER_SEND);
        List<FieldWrite> written = new ArrayList<>();
        List<RecordRef> succeeded = new ArrayList<>();
        List<DeadLetterWrite> failed = new ArrayList<>();
        for (PlannedUpdate u : batch) {
            Outcome o = outcomes.get(u.id());
            if (failure == null && o != null && o.status() == Outcome.Status.OK) {
                u.changes().forEach(c -> written.add(new FieldWrite(u.kind(), u.id(), c.field(), c.oldValue(), c.newValue())));
                succeeded.add(new RecordRef(u.kind(), u.id()));
            } else {
                String reason = failure != null ? failure
                        : o == null ? "no outcome returned for the record"
                        : o.status() + ": " + (o.reason() == null ? "no reason given" : o.reason());
                failed.add(new DeadLetterWrite(system, u.kind().name(), u.id(), u.unifyKey(), reason));
            }
        }
        store.fieldOutcomes(batchId, runId, system, written, failed, succeeded, playbookHash, clock.millis());
        sender.report(() -> {
            report.written(system, batch.get(0).kind(), succeeded.size());
            report.deadLettered(system, failed.size());
        });
        checkpoint.reached(Step.AFTER_MARK);
    }

    private void sendMembers(String system, List<PlannedMember> batch) {
        AudienceDestination destination = destinations.get(system);
        PlannedMember first = batch.get(0);
        String audienceId = first.audienceId();
        if (ensured.add(system + '\u0000' + audienceId)) {
            guards.get(system).call(() -> {
                destination.ensureAudience(audienceId, first.audienceName());
                return null;
            }, () -> { }); // set-up, not counted with the membership calls
        }
        long batchId = store.journal(runId, system, MEMBERS, audienceId, codec.json(batch), clock.millis());
        checkpoint.reached(Step.BEFORE_SEND);
        List<MemberChange> changes = batch.stream().map(PlannedMember::toChange).toList();
        Map<String, Outcome> outcomes = new HashMap<>();
        String failure = null;
        try {
            for (Outcome o : guards.get(system).call(() -> destination.apply(audienceId, changes),
                    () -> sender.report(() -> report.audienceCall(system, audienceId)))) {
                outcomes.put(o.id(), o);
            }
        } catch (RuntimeException e) {
            failure = "failed after retries: " + e.getMessage();
        }
        checkpoint.reached(Step.AFTER_SEND);
        List<PushedMember> added = new ArrayList<>();
        List<PushedMember> removed = new ArrayList<>();
        List<DeadLetterWrite> failed = new ArrayList<>();
        for (PlannedMember m : batch) {
            Outcome o = outcomes.get(m.key());
            PushedMember p = new PushedMember(system, audienceId, m.key(), m.kind(), m.unifyKey());
            if (failure == null && o != null && o.status() == Outcome.Status.OK) {
                (m.add() ? added : removed).add(p);
            } else {
                String reason = failure != null ? failure : o == null ? "no outcome returned for the member"
                        : o.status() + ": " + (o.reason() == null ? "no reason given" : o.reason());
                failed.add(new DeadLetterWrite(system, "MEMBER", audienceId + "/" + m.key(), m.unifyKey(), reason));
            }
        }
        store.memberOutcomes(batchId, added, removed, failed, clock.millis());
        sender.report(() -> {
            report.written(system, added.size() + removed.size());
            report.deadLettered(system, failed.size());
        });
        checkpoint.reached(Step.AFTER_MARK);
    }
}
