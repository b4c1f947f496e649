package dev.abmbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A list (segment) and, for MANUAL and SNAPSHOT lists, its memberships by record id. */
final class HubSpotList {

    private final String listId;
    private final String name;
    private final HubSpotObjectType objectType;
    private final String processingType;
    private final Instant createdAt;
    private Instant updatedAt;
    private int version = 1;
    private final NavigableMap<Long, Instant> members = new TreeMap<>();

    HubSpotList(String listId, String name, HubSpotObjectType objectType, String processingType, Instant createdAt) {
        this.listId = listId;
        this.name = name;
        this.objectType = objectType;
        this.processingType = processingType;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String listId() {
        return listId;
    }

    String name() {
        return name;
    }

    HubSpotObjectType objectType() {
        return objectType;
    }

    String processingType() {
        return processingType;
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized Instant updatedAt() {
        return updatedAt;
    }

    synchronized int version() {
        return version;
    }

    boolean acceptsManualMemberships() {
        return processingType.equals("MANUAL") || processingType.equals("SNAPSHOT");
    }

    /** Adds a member; false if it already was one. */
    synchronized boolean add(long recordId, Instant at) {
        boolean added = members.putIfAbsent(recordId, at) == null;
        if (added) {
            changed(at);
        }
        return added;
    }

    synchronized boolean remove(long recordId, Instant at) {
        boolean removed = members.remove(recordId) != null;
        if (removed) {
            changed(at);
        }
        return removed;
    }

    synchronized void clear(Instant at) {
        members.clear();
        changed(at);
    }

    synchronized NavigableMap<Long, Instant> members() {
        return new TreeMap<>(members);
    }

    private void changed(Instant at) {
        updatedAt = at;
        version++;
    }
}
