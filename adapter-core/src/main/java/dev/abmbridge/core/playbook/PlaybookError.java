package dev.abmbridge.core.playbook;

/** One problem in a playbook file, where it is and how to fix it. Line and column are 1-based. */
public record PlaybookError(String file, int line, int column, String message, String hint) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + message + (hint == null ? "" : "\n    fix: " + hint);
    }
}
