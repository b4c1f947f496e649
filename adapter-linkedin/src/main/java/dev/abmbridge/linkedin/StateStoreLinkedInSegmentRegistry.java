package dev.abmbridge.linkedin;

import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.state.PushedMember;
import dev.abmbridge.core.state.StateStore;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link LinkedInSegmentRegistry} on the engine's state store: segment ids are settings
 * ({@code linkedin.segment.<audience>.<TYPE>}); members are the engine's record of what it pushed (written after
 * each batch's outcomes). After a crash between a call and its mark, that record may lag LinkedIn by one batch;
 * re-sending it is harmless because LinkedIn's ADD and REMOVE are idempotent. The members of a segment are read
 * once per process, when first needed (a removal, or a look-up after a crash), and then kept up to date from
 * the calls this process makes.
 */
public final class StateStoreLinkedInSegmentRegistry implements LinkedInSegmentRegistry {

    private final StateStore store;
    private final String system;
    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();

    public StateStoreLinkedInSegmentRegistry(StateStore store, String system) {
        this.store = store;
        this.system = system;
    }

    private String setting(String audienceId, LinkedInSegmentType type) {
        return system + ".segment." + audienceId + "." + type;
    }

    @Override
    public Optional<String> segmentId(String audienceId, LinkedInSegmentType type) {
        return store.setting(setting(audienceId, type));
    }

    @Override
    public void saveSegmentId(String audienceId, LinkedInSegmentType type, String segmentId) {
        store.setSetting(setting(audienceId, type), segmentId);
    }

    @Override
    public int memberCount(String audienceId, LinkedInSegmentType type) {
        return held(audienceId, type).size();
    }

    @Override
    public Set<String> members(String audienceId, LinkedInSegmentType type, Collection<String> keys) {
        Set<String> held = held(audienceId, type);
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (held.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The engine records pushed members in the store itself; this keeps the loaded copy in step. */
    @Override
    public void applied(String audienceId, LinkedInSegmentType type, Collection<String> added, Collection<String> removed) {
        Set<String> loaded = held.get(audienceId + '\u0000' + type);
        if (loaded != null) {
            loaded.addAll(added);
            loaded.removeAll(removed);
        }
    }

    private Set<String> held(String audienceId, LinkedInSegmentType type) {
        return held.computeIfAbsent(audienceId + '\u0000' + type, k -> {
            MemberKind kind = type == LinkedInSegmentType.COMPANY ? MemberKind.COMPANY : MemberKind.CONTACT;
            Set<String> out = ConcurrentHashMap.newKeySet();
            for (PushedMember m : store.pushedMembers(system, audienceId)) {
                if (m.kind() == kind) {
                    out.add(m.memberKey());
                }
            }
            return out;
        });
    }
}
