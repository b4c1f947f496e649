package dev.abmbridge.core.engine;

import dev.abmbridge.core.engine.Checkpoint.Step;
import dev.abmbridge.core.lookup.AccountCard;
import dev.abmbridge.core.lookup.AccountObserver;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.EngagementSource;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.state.StoredRecord;
import dev.abmbridge.core.title.TitleParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One sync of a set of connections: recover, pull, evaluate, plan, apply, report (ARCHITECTURE.md, data flow).
 * Memory is bounded by the page size, the chunk size and the batch sizes, whatever the number of records. Not
 * thread-safe: one run at a time per engine, and one engine per set of connections (the app holds a lock).
 */
public final class SyncEngine {

    static final String PLAYBOOK_HASH = "playbook.hash";
    /** The engagement sources the last applied evaluation used: a change re-evaluates every account. */
    static final String ENGAGEMENT_SOURCES = "engagement.sources";

    private final StateStore store;
    private final Playbook playbook;
    private final List<SyncConnection> connections;
    private final EngineSettings settings;
    private final Clock clock;
    private final Checkpoint checkpoint;
    private final SnapshotCodec codec = new SnapshotCodec();
    private final Evaluator evaluator;
    private final Planner planner;
    private final Map<String, SourceConnector> sources = new LinkedHashMap<>();
    private final Map<String, InsightSink> sinks = new LinkedHashMap<>();
    private final Map<String, AudienceDestination> destinations = new LinkedHashMap<>();
    private final Map<String, CallGuard> guards = new LinkedHashMap<>();
    /** Batch shapes by stream: a system's sink and its audience destination (HubSpot lists) cut writes differently. */
    private final Map<String, BatchShape> sinkShapes = new LinkedHashMap<>();
    private final Map<String, BatchShape> audienceShapes = new LinkedHashMap<>();
    private final List<EngagementSource> engagementSources;
    private volatile AccountObserver observer = AccountObserver.NONE;

    public SyncEngine(StateStore store, Playbook playbook, TitleParser titles, List<SyncConnection> connections,
                      List<AudienceDestination> audienceDestinations, EngineSettings settings, Clock clock,
                      Checkpoint checkpoint) {
        this(store, playbook, titles, connections, audienceDestinations, List.of(), settings, clock, checkpoint);
    }

    /**
     * @param engagementSources fill the accounts' {@code engagement} by registrable domain before evaluation
     *                          (see {@link EngagementRefresh}); none leaves the field as the records give it
     */
    public SyncEngine(StateStore store, Playbook playbook, TitleParser titles, List<SyncConnection> connections,
                      List<AudienceDestination> audienceDestinations, List<EngagementSource> engagementSources,
                      EngineSettings settings, Clock clock, Checkpoint checkpoint) {
        this.engagementSources = List.copyOf(engagementSources);
        this.store = Objects.requireNonNull(store, "store");
        this.playbook = Objects.requireNonNull(playbook, "playbook");
        this.connections = List.copyOf(connections);
        this.settings = settings;
        this.clock = clock;
        this.checkpoint = checkpoint;
        for (SyncConnection c : connections) {
            if (sources.put(c.system(), c.source()) != null) {
                throw new IllegalArgumentException("two connections for " + c.system());
            }
            c.optionalSink().ifPresent(s -> {
                sinks.put(s.system(), s);
                guards.put(s.system(), new CallGuard(s.system(), s.rateLimit(), settings));
                sinkShapes.put(s.system(), BatchShape.of(s));
            });
        }
        for (AudienceDestination d : audienceDestinations) {
            destinations.put(d.system(), d);
            guards.put(d.system(), new CallGuard(d.system(), d.rateLimit(), settings));
            audienceShapes.put(d.system(), BatchShape.of(d));
        }
        this.evaluator = new Evaluator(playbook, titles, codec, List.copyOf(sources.keySet()), destinations.keySet());
        this.planner = new Planner(sinks.keySet(), destinations.keySet());
    }

    public SyncEngine(StateStore store, Playbook playbook, List<SyncConnection> connections,
                      List<AudienceDestination> audienceDestinations, Clock clock) {
        this(store, playbook, new TitleParser(), connections, audienceDestinations, EngineSettings.DEFAULTS, clock,
                Checkpoint.NONE);
    }

    public SyncEngine(StateStore store, Playbook playbook, List<SyncConnection> connections,
                      List<AudienceDestination> audienceDestinations, List<EngagementSource> engagementSources,
                      Clock clock) {
        this(store, playbook, new TitleParser(), connections, audienceDestinations, engagementSources,
                EngineSettings.DEFAULTS, clock, Checkpoint.NONE);
    }

    public RunSummary run(RunOptions options) {
        for (String system : options.records().keySet()) {
            if (!sources.containsKey(system)) {
                throw new IllegalArgumentException("records of " + system + " were asked for, but it is not a source "
                        + "of this engine (sources: " + sources.keySet() + ")");
            }
        }
        String runId = UUID.randomUUID().toString();
        store.startRun(runId, clock.millis(), options.dryRun(), playbook.hash());
        RunReport report = new RunReport(settings.sampleDiffs());
        try {
            if (!options.dryRun()) {
                new Recovery(store, codec, sources, destinations, clock).recover(report);
            }
            if (options.targeted()) {
                Puller puller = new Puller(store, codec, settings.pageSize());
                options.records().forEach((system, ids) -> puller.pullRecords(sources.get(system), ids, report));
            } else if (options.pull()) {
                Puller puller = new Puller(store, codec, settings.pageSize());
                for (SyncConnection c : connections) {
                    puller.pull(c.source(), report);
                }
            }
            if (options.pull() && !options.targeted() && !engagementSources.isEmpty()) {
                new EngagementRefresh(store, engagementSources, clock).refresh(report);
            }
            checkpoint.reached(Step.AFTER_PULL);
            String engagementSystems = String.join(",",
                    engagementSources.stream().map(EngagementSource::system).sorted().toList());
            boolean engagementSourcesChanged = !engagementSystems.equals(store.setting(ENGAGEMENT_SOURCES).orElse(""));
            if (!playbook.hash().equals(store.setting(PLAYBOOK_HASH).orElse(null)) || engagementSourcesChanged) {
                store.markAllPending();
            }
            store.addPending(store.deadLetterKeys());
            Applier applier = options.dryRun() ? null : new Applier(store, codec, sinks, destinations, guards,
                    checkpoint, clock, report, runId, playbook.hash());
            try {
                String last = evaluatePlanApply(report, applier);
                if (applier != null) {
                    applier.flush();
                    if (last != null) {
                        store.clearPendingThrough(last);
                    }
                    store.setSetting(PLAYBOOK_HASH, playbook.hash());
                    if (engagementSourcesChanged) {
                        store.setSetting(ENGAGEMENT_SOURCES, engagementSystems);
                    }
                    destinations.values().forEach(AudienceDestination::runFinished);
                }
            } finally {
                if (applier != null) {
                    applier.close(); // a failed run leaves no batch being sent behind it
                }
            }
            RunSummary summary = report.summary(runId, options.dryRun(), playbook.hash(), sinkShapes, audienceShapes);
            store.finishRun(runId, clock.millis(), "SUCCEEDED", codec.json(summary));
            return summary;
        } catch (RuntimeException e) {
            store.finishRun(runId, clock.millis(), "FAILED", null);
            throw e;
        }
    }

    /** The stored engagement of the chunk's domains (unified by domain: key {@code d:<domain>}). */
    private Map<String, Integer> engagement(List<String> keys) {
        if (engagementSources.isEmpty()) {
            return Map.of();
        }
        List<String> domains = new ArrayList<>();
        for (String k : keys) {
            if (k.startsWith("d:")) {
                domains.add(k.substring(2));
            }
        }
        return domains.isEmpty() ? Map.of()
                : store.engagement(domains, engagementSources.stream().map(EngagementSource::system).toList());
    }

    /**
     * Hands every unified account this engine evaluates from now on, in a run or in {@link #evaluateAll()}, to
     * {@code observer}: the look-up API's directory stays current with each sync this way.
     */
    public void observeAccounts(AccountObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Evaluates every unified account in the state store, chunk by chunk, for the observer only: no API read, no
     * plan, nothing written. Fills a look-up directory when a process starts.
     *
     * @return the unified accounts evaluated
     */
    public int evaluateAll() {
        int accounts = 0;
        String after = null;
        while (true) {
            List<String> keys = store.unifyKeys(after, settings.chunkSize());
            if (keys.isEmpty()) {
                return accounts;
            }
            Evaluation evaluation = evaluator.evaluate(store.loadGroups(keys), engagement(keys));
            publish(keys, evaluation);
            accounts += evaluation.accounts();
            after = keys.get(keys.size() - 1);
        }
    }

    /** A key asked for but without a card (no records left, no account, no domain) is gone. */
    private void publish(List<String> keys, Evaluation evaluation) {
        AccountObserver to = observer;
        for (String key : keys) {
            AccountCard card = evaluation.cards().get(key);
            if (card == null) {
                to.gone(key);
            } else {
                to.evaluated(key, card);
            }
        }
    }

    /** Chunk by chunk over the pending unified accounts, in key order; returns the last key handled. */
    private String evaluatePlanApply(RunReport report, Applier applier) {
        String after = null;
        while (true) {
            List<String> keys = store.pendingKeys(after, settings.chunkSize());
            if (keys.isEmpty()) {
                return after;
            }
            List<StoredRecord> records = store.loadGroups(keys);
            Evaluation evaluation = evaluator.evaluate(records, engagement(keys));
            publish(keys, evaluation);
            report.evaluated(evaluation);
            Planner.ChunkPlan plan = planner.plan(evaluation, store.pushedMembers(keys));
            for (PlannedUpdate u : plan.updates()) {
                report.planned(u);
                if (applier != null) {
                    applier.add(u);
                }
            }
            for (PlannedMember m : plan.members()) {
                report.planned(m);
                if (applier != null) {
                    applier.add(m);
                }
            }
            after = keys.get(keys.size() - 1);
        }
    }
}
