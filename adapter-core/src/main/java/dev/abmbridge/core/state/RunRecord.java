package dev.abmbridge.core.state;

/** A run as stored: status RUNNING, SUCCEEDED or FAILED; its summary as JSON once finished. */
public record RunRecord(String id, long startedAt, Long finishedAt, String status, boolean dryRun, String playbookHash,
                        String summary) {
}
