package dev.abmbridge.app.bridge;

/** Told as a sync moves records, for progress display. Called on the sync's thread. */
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
