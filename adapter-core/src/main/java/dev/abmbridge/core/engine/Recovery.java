package dev.abmbridge.core.engine;

import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.state.JournaledBatch;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.SnapshotCodec;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Crash recovery, at the start of a run: a batch journaled but never marked may or may not have landed. Its
 * records are read again from their system (their held owned values) and its audience members looked up in the
 * destination; the state store is brought up to date and their unified accounts re-planned against that fresh
 * state, so nothing is written twice and nothing is lost.
 */
final class Recovery {

    private final StateStore store;
    private final SnapshotCodec codec;
    private final Map<String, SourceConnector> sources;
    private final Map<String, AudienceDestination> destinations;
    private final Clock clock;

    Recovery(StateStore store, SnapshotCodec codec, Map<String, SourceConnector> sources,
             Map<String, AudienceDestination> destinations, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.sources = sources;
        this.destinations = destinations;
        this.clock = clock;
    }

    void recover(RunReport report) {
        for (JournaledBatch b : store.incompleteBatches()) {
            Set<String> keys = new LinkedHashSet<>();
            if (Applier.FIELDS.equals(b.type())) {
                List<PlannedUpdate> updates = codec.list(b.payload(), PlannedUpdate.class);
                SourceConnector source = sources.get(b.system());
                if (source == null) {
                    continue; // the connection is no longer configured: leave the batch for an admin
                }
                Map<RecordKind, List<String>> ids = updates.stream().collect(Collectors.groupingBy(PlannedUpdate::kind,
                        Collectors.mapping(PlannedUpdate::id, Collectors.toList())));
                ids.forEach((kind, list) -> {
                    for (SourceRecord<?> r : source.read(kind, list)) {
                        String id = r.record() instanceof Account a ? a.id() : ((Contact) r.record()).id();
                        store.replaceHeld(b.system(), kind, id, r.held());
                    }
                    report.sourceCall(b.system());
                });
                updates.forEach(u -> keys.add(u.unifyKey()));
            } else {
                List<PlannedMember> members = codec.list(b.payload(), PlannedMember.class);
                AudienceDestination destination = destinations.get(b.system());
                if (destination == null) {
                    continue;
                }
                List<String> memberKeys = new ArrayList<>(members.stream().map(PlannedMember::key).toList());
                Set<String> present = destination.members(b.audienceId(), memberKeys);
                for (PlannedMember m : members) {
                    store.setPushed(new PushedMember(b.system(), b.audienceId(), m.key(), m.kind(), m.unifyKey()),
                            present.contains(m.key()));
                    keys.add(m.unifyKey());
                }
            }
            store.addPending(keys);
            store.markBatch(b.id(), "REPLANNED", clock.millis());
            report.recovered();
        }
    }
}
