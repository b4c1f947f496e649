package dev.abmbridge.app.bridge;

/**
 * Told as a sync moves records, for progress display. Called from the engine's threads: pages are read ahead on a
 * thread of their own and batches are sent on another, so an implementation that keeps state synchronizes it.
 */
public interface SyncProgress {

    SyncProgress NONE = new SyncProgress() {
    };

    /** A page of {@code object} records read from {@code system}. */
    default void read(String system, String object, int records) {
    }

    /** A batch of owned-field updates sent to {@code system}. */
    default void written(String system, String object, int records) {
    }

    /** A batch of audience membership changes sent. */
    default void members(String system, String audienceId, int changes) {
    }

    /** The run is over (successfully or not): close what is open. */
    default void finished() {
    }
}
