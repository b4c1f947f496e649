package dev.abmbridge.app.config;

/**
 * One problem of a configuration file, where it is and how to fix it. Never holds a secret value: messages name
 * keys and references only.
 *
 * @param line   1-based; 0 when the problem has no single place (e.g. a value that is missing)
 * @param column 1-based; 0 when unknown
 */
public record ConfigProblem(String file, int line, int column, String message, String fix) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + message + (fix == null || fix.isBlank() ? "" : "\n    fix: " + fix);
    }
}
