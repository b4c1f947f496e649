package dev.abmbridge.core.file;

/**
 * A problem with a whole input file (no header, a duplicate or missing {@code id} column), as
 * opposed to one bad row, which is a {@link RowError}. Nothing sensible can be read from it.
 */
public final class CsvFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    public CsvFileException(String file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
