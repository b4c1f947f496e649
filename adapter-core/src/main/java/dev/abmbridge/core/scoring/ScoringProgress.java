package dev.abmbridge.core.scoring;

/** Hears of each record a scoring run reads, so a command line can draw progress bars. */
public interface ScoringProgress {

    ScoringProgress NONE = new ScoringProgress() {
    };

    default void accountRead() {
    }

    default void contactRead() {
    }
}
