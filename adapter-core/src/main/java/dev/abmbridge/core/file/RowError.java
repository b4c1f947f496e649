package dev.abmbridge.core.file;

/**
 * A row of an input file that was skipped, and why.
 *
 * @param file   the file name as given to the reader
 * @param line   the 1-based physical line the row starts on (a quoted newline makes a row span lines)
 * @param reason what is wrong, naming the field and the value where there is one
 */
public record RowError(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
