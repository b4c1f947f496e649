package dev.abmbridge.app.cli;

/** Exit codes of every command. */
public final class ExitCode {

    public static final int OK = 0;
    /** Something went wrong inside ABM Bridge. */
    public static final int INTERNAL = 1;
    /** The input, the playbook or the command line is wrong: the message says how to fix it. */
    public static final int INVALID_INPUT = 2;
    /**
     * The command finished, but part of it failed: some records or members became dead letters (sync; see
     * 'dead-letters'), or a platform could not be asked (audiences --live).
     */
    public static final int PARTIAL = 3;

    private ExitCode() {
    }
}
