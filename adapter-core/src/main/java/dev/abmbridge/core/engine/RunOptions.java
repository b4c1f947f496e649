package dev.abmbridge.core.engine;

/**
 * How to run.
 *
 * @param dryRun plan only: nothing is sent to any destination, nothing is marked done
 * @param pull   read the sources first; false re-evaluates from the snapshots with no source call at all
 */
public record RunOptions(boolean dryRun, boolean pull) {

    public static final RunOptions SYNC = new RunOptions(false, true);
    public static final RunOptions DRY_RUN = new RunOptions(true, true);
    /** Re-evaluate stored snapshots (after a playbook change) and apply, reading no source. */
    public static final RunOptions REEVALUATE = new RunOptions(false, false);
}
