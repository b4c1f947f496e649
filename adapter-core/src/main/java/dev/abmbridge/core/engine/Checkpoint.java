package dev.abmbridge.core.engine;

/**
 * Told when a run reaches each step at which a process could die; tests throw from it to inject crashes.
 * Production uses {@link #NONE}.
 */
@FunctionalInterface
public interface Checkpoint {

    enum Step {
        /** Snapshots and cursors stored, nothing evaluated yet. */
        AFTER_PULL,
        /** A batch is journaled and about to be sent. */
        BEFORE_SEND,
        /** The destination accepted a batch; its outcomes are not stored yet. */
        AFTER_SEND,
        /** A batch's outcomes are stored and the batch marked. */
        AFTER_MARK
    }

    Checkpoint NONE = step -> { };

    void reached(Step step);
}
