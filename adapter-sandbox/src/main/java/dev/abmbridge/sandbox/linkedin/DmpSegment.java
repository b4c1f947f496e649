package dev.abmbridge.sandbox.linkedin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DMP segment and its streamed members. Members become matched {@code matchDelay} after they were added
 * (if LinkedIn can match them), so matchedCount grows after uploads and the status moves
 * BUILDING → READY, then READY → UPDATING → READY on later increments.
 */
final class DmpSegment {

    private final long id;
    private final String name;
    private final String type;
    private final String account;
    private final String sourcePlatform;
    private final String sourceSegmentId;
    private final Instant createdAt;
    private Instant lastModified;
    private final Map<String, SegmentMember> members = new LinkedHashMap<>();

    DmpSegment(long id, String name, String type, String account, String sourcePlatform, String sourceSegmentId, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.account = account;
        this.sourcePlatform = sourcePlatform;
        this.sourceSegmentId = sourceSegmentId;
        this.createdAt = createdAt;
        this.lastModified = createdAt;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    String account() {
        return account;
    }

    String sourcePlatform() {
        return sourcePlatform;
    }

    String sourceSegmentId() {
        return sourceSegmentId;
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized Instant lastModified() {
        return lastModified;
    }

    synchronized void add(SegmentMember member) {
        members.putIfAbsent(member.key(), member);
        lastModified = member.addedAt();
    }

    synchronized void remove(String key, Instant at) {
        members.remove(key);
        lastModified = at;
    }

    synchronized int inputCount() {
        return members.size();
    }

    synchronized List<SegmentMember> matched(Instant now, Duration matchDelay) {
        List<SegmentMember> matched = new ArrayList<>();
        for (SegmentMember m : members.values()) {
            if (m.matchable() && !m.addedAt().plus(matchDelay).isAfter(now)) {
                matched.add(m);
            }
        }
        return matched;
    }

    synchronized String status(Instant now, Duration matchDelay) {
        if (members.isEmpty()) {
            return "BUILDING";
        }
        boolean pending = members.values().stream().anyMatch(m -> m.addedAt().plus(matchDelay).isAfter(now));
        boolean everProcessed = members.values().stream().anyMatch(m -> !m.addedAt().plus(matchDelay).isAfter(now));
        if (!pending) {
            return "READY";
        }
        return everProcessed ? "UPDATING" : "BUILDING";
    }
}
