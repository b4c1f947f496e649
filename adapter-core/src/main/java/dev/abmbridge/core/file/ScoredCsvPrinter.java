package dev.abmbridge.core.file;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The output side of the file contract: RFC 4180 (minimal quoting, CRLF line ends), the header
 * always written first, even for no rows. Cells are text; the writers decide how values look.
 */
final class ScoredCsvPrinter implements Closeable, Flushable {
    private static final String LIST_SEPARATOR = ";";

    private final CSVPrinter printer;

    ScoredCsvPrinter(Writer out, List<String> header) {
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void print(Object... cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell: empty for null. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A list cell: elements joined by {@code ;}, empty for none. */
    static String list(String column, List<String> values) {
        for (String value : values) {
            if (value == null || value.contains(LIST_SEPARATOR)) {
                // The cell could not be split back into the same list.
                throw new IllegalArgumentException(column + " element '" + value + "' is null or contains '" + LIST_SEPARATOR + "'");
            }
        }
        return String.join(LIST_SEPARATOR, values);
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
