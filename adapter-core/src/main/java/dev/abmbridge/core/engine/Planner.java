package dev.abmbridge.core.engine;

import dev.abmbridge.core.state.PushedMember;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plan: only owned fields whose desired value differs from what the destination holds, for systems that have a
 * sink; audience adds and removes versus what was last pushed. Pure.
 */
final class Planner {

    record ChunkPlan(List<PlannedUpdate> updates, List<PlannedMember> members) {
    }

    private final Set<String> sinkSystems;
    private final Set<String> audienceSystems;

    Planner(Set<String> sinkSystems, Set<String> audienceSystems) {
        this.sinkSystems = Set.copyOf(sinkSystems);
        this.audienceSystems = Set.copyOf(audienceSystems);
    }

    /**
     * @param pushed the members last pushed for the chunk's unified accounts
     */
    ChunkPlan plan(Evaluation evaluation, Collection<PushedMember> pushed) {
        List<PlannedUpdate> updates = new ArrayList<>();
        for (Desired d : evaluation.records()) {
            if (!sinkSystems.contains(d.system())) {
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            d.values().forEach((field, value) -> {
                String held = d.held().get(field);
                if (!Objects.equals(normal(held), normal(value))) {
                    changes.add(new FieldChange(field, held, value));
                }
            });
            if (!changes.isEmpty()) {
                updates.add(new PlannedUpdate(d.system(), d.kind(), d.id(), d.unifyKey(), changes));
            }
        }
        Map<String, PushedMember> last = new HashMap<>();
        for (PushedMember p : pushed) {
            if (!audienceSystems.contains(p.system())) {
                continue;
            }
            last.put(p.system() + '\u0000' + p.audienceId() + '\u0000' + p.memberKey(), p);
        }
        Map<String, DesiredMember> wanted = new LinkedHashMap<>();
        for (DesiredMember m : evaluation.members()) {
            wanted.putIfAbsent(m.system() + '\u0000' + m.audienceId() + '\u0000' + m.key(), m);
        }
        List<PlannedMember> members = new ArrayList<>();
        wanted.forEach((k, m) -> {
            if (!last.containsKey(k)) {
                members.add(new PlannedMember(m.system(), m.audienceId(), m.audienceName(), m.kind(), m.key(), true,
                        m.unifyKey()));
            }
        });
        last.forEach((k, p) -> {
            if (!wanted.containsKey(k)) {
                members.add(new PlannedMember(p.system(), p.audienceId(), p.audienceId(), p.kind(), p.memberKey(), false,
                        p.unifyKey()));
            }
        });
        members.sort(java.util.Comparator.comparing(PlannedMember::system).thenComparing(PlannedMember::audienceId)
                .thenComparing(PlannedMember::key));
        return new ChunkPlan(updates, members);
    }

    /** An empty text and no value are the same to a CRM field. */
    private static String normal(String v) {
        return v == null || v.isEmpty() ? null : v;
    }
}
