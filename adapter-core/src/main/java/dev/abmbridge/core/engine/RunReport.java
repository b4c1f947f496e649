package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the counts of one run (one instance per run, used by one thread). */
final class RunReport {

    private final Map<String, Integer> recordsRead = new TreeMap<>();
    private final Map<String, Integer> sourceCalls = new TreeMap<>();
    private final Map<String, Map<String, Integer>> fieldChanges = new TreeMap<>();
    private final Map<String, Integer> recordsToWrite = new TreeMap<>();
    private final Map<String, Integer> sinkCalls = new TreeMap<>();
    private final Map<String, Integer> written = new TreeMap<>();
    private final Map<String, Integer> dead = new TreeMap<>();
    private final Map<String, Integer> tierMoves = new TreeMap<>();
    private final Map<String, Integer> adds = new TreeMap<>();
    private final Map<String, Integer> removes = new TreeMap<>();
    /**
     * Changes per batch stream, for the fewest calls: batches never mix streams. Field streams are a sink's system and
     * kind; audience streams a destination's {@code system/audienceId}. Kept apart because a system can be both a
     * sink and a destination with different batch sizes (HubSpot lists, Salesforce Campaigns).
     */
    private final Map<String, Integer> fieldStreams = new TreeMap<>();
    private final Map<String, Integer> audienceStreams = new TreeMap<>();
    private final List<RunSummary.Diff> samples = new ArrayList<>();
    private final Map<String, Map<String, RunSummary.Traffic>> reads = new TreeMap<>();
    private final Map<String, Map<String, RunSummary.Traffic>> writes = new TreeMap<>();
    private final Map<String, Integer> audienceCalls = new TreeMap<>();
    private final int sampleMax;
    private int changed;
    private int accounts;
    private int duplicates;
    private int recovered;
    private int withoutEmail;
    private final Map<String, Integer> notInSystem = new TreeMap<>();
    private int engagementChanged;

    RunReport(int sampleMax) {
        this.sampleMax = sampleMax;
    }

    void sourceCall(String system) {
        sourceCalls.merge(system, 1, Integer::sum);
    }

    void recordsRead(String system, int n) {
        recordsRead.merge(system, n, Integer::sum);
    }

    /** A page of one object asked of a source, with the records it held. */
    void page(String system, RecordKind kind, int records) {
        traffic(reads, system, RunSummary.object(kind), records, 1);
    }

    /** A call that wrote records of one object. */
    void sinkCall(String system, RecordKind kind) {
        sinkCalls(system, kind, 1);
    }

    /** Calls that wrote records of one object, e.g. the requests of one bulk write. */
    void sinkCalls(String system, RecordKind kind, int n) {
        sinkCalls.merge(system, n, Integer::sum);
        traffic(writes, system, RunSummary.object(kind), 0, n);
    }

    void written(String system, RecordKind kind, int n) {
        written(system, n);
        traffic(writes, system, RunSummary.object(kind), n, 0);
    }

    void audienceCall(String system, String audienceId) {
        sinkCall(system);
        audienceCalls.merge(system + "/" + audienceId, 1, Integer::sum);
    }

    private static void traffic(Map<String, Map<String, RunSummary.Traffic>> map, String system, String object,
                                int records, int calls) {
        map.computeIfAbsent(system, s -> new TreeMap<>()).merge(object, new RunSummary.Traffic(records, calls),
                (a, b) -> a.plus(b.records(), b.calls()));
    }

    void engagementChanged(int n) {
        engagementChanged += n;
    }

    void recordsChanged(int n) {
        changed += n;
    }

    void recovered() {
        recovered++;
    }

    void evaluated(Evaluation e) {
        accounts += e.accounts();
        duplicates += e.duplicates();
        withoutEmail += e.contactsWithoutEmail();
        e.membersNotInSystem().forEach((audience, n) -> notInSystem.merge(audience, n, Integer::sum));
    }

    void planned(PlannedUpdate u) {
        recordsToWrite.merge(u.system(), 1, Integer::sum);
        fieldStreams.merge(u.system() + '\u0000' + u.kind(), 1, Integer::sum);
        for (FieldChange c : u.changes()) {
            fieldChanges.computeIfAbsent(u.system(), s -> new TreeMap<>()).merge(c.field(), 1, Integer::sum);
            if (c.field().equals(OwnedFields.TIER)) {
                tierMoves.merge(name(c.oldValue()) + " → " + name(c.newValue()), 1, Integer::sum);
            }
            if (samples.size() < sampleMax) {
                samples.add(new RunSummary.Diff(u.system(), u.kind().name(), u.id(), c.field(), c.oldValue(),
                        c.newValue()));
            }
        }
    }

    void planned(PlannedMember m) {
        String audience = m.system() + "/" + m.audienceId();
        (m.add() ? adds : removes).merge(audience, 1, Integer::sum);
        audienceStreams.merge(audience, 1, Integer::sum);
    }

    void sinkCall(String system) {
        sinkCalls.merge(system, 1, Integer::sum);
    }

    void written(String system, int n) {
        written.merge(system, n, Integer::sum);
    }

    void deadLettered(String system, int n) {
        dead.merge(system, n, Integer::sum);
    }

    /**
     * @param sinkShapes     how each system's sink cuts its field writes
     * @param audienceShapes how each system's audience destination cuts its membership changes
     */
    RunSummary summary(String runId, boolean dryRun, String hash, Map<String, BatchShape> sinkShapes,
                       Map<String, BatchShape> audienceShapes) {
        Map<String, Integer> planned = new TreeMap<>();
        fieldStreams.forEach((stream, n) -> {
            String system = stream.substring(0, stream.indexOf('\u0000'));
            planned.merge(system, shape(sinkShapes, system).minCalls(n), Integer::sum);
        });
        Map<String, Integer> plannedAudiences = new TreeMap<>();
        audienceStreams.forEach((audience, n) -> {
            String system = audience.substring(0, audience.indexOf('/'));
            int calls = shape(audienceShapes, system).minCalls(n);
            plannedAudiences.put(audience, calls);
            planned.merge(system, calls, Integer::sum);
        });
        return new RunSummary(runId, dryRun, hash, recordsRead, sourceCalls, changed, engagementChanged, accounts, duplicates, recovered,
                fieldChanges, recordsToWrite, planned, sinkCalls, written, dead, tierMoves, adds, removes, withoutEmail,
                samples, reads, writes, audienceCalls, plannedAudiences, notInSystem);
    }

    private static BatchShape shape(Map<String, BatchShape> shapes, String system) {
        return shapes.getOrDefault(system, BatchShape.calls(1));
    }

    private static String name(String tier) {
        return tier == null || tier.isEmpty() ? "none" : tier;
    }
}
