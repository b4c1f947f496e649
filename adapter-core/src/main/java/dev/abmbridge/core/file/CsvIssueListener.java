package dev.abmbridge.core.file;

/**
 * Receives what a reader skips or ignores while it streams a file; the good records go on.
 * Called on the thread that consumes the stream, in file order.
 */
public interface CsvIssueListener {
    /** A row that was skipped. */
    void rowError(RowError error);

    /** Something the file does that is not an error but that its author may want to know (once per file). */
    void warning(String file, String message);
}
