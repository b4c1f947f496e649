package dev.abmbridge.core.state;

/** One owned value written. */
public record AuditEntry(String runId, String system, String kind, String id, String field, String oldValue,
                         String newValue, String playbookHash, long writtenAt) {
}
