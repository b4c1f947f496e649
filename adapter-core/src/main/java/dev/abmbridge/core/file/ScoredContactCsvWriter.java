package dev.abmbridge.core.file;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code contacts-scored.csv} (PLAYBOOK.md, file contract), one row per call in the order
 * given, which is the input order. UTF-8 without BOM. Not thread-safe: one writer per output file.
 */
public final class ScoredContactCsvWriter implements Closeable, Flushable {
    public static final String FILE_NAME = "contacts-scored.csv";
    public static final List<String> HEADER = List.of("id", "accountId", "seniority", "function", "role", "matchedAccountId");

    private final ScoredCsvPrinter printer;

    /** Writes the header at once; the caller closes the writer, which closes {@code out}. */
    public ScoredContactCsvWriter(Writer out) {
        this.printer = new ScoredCsvPrinter(out, HEADER);
    }

    /** Creates (or replaces) {@code contacts-scored.csv} in {@code directory}. */
    public static ScoredContactCsvWriter create(Path directory) throws IOException {
        return new ScoredContactCsvWriter(Files.newBufferedWriter(directory.resolve(FILE_NAME), StandardCharsets.UTF_8));
    }

    public void write(ScoredContactRow row) {
        printer.print(
                ScoredCsvPrinter.text(row.id()),
                ScoredCsvPrinter.text(row.accountId()),
                ScoredCsvPrinter.text(row.seniority()),
                ScoredCsvPrinter.text(row.function()),
                ScoredCsvPrinter.text(row.role()),
                ScoredCsvPrinter.text(row.matchedAccountId()));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
