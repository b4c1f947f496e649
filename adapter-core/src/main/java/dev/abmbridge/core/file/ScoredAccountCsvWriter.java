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
 * Writes {@code accounts-scored.csv} (PLAYBOOK.md, file contract), one row per call in the order
 * given, which is the input order. UTF-8 without BOM. Not thread-safe: one writer per output file.
 */
public final class ScoredAccountCsvWriter implements Closeable, Flushable {
    public static final String FILE_NAME = "accounts-scored.csv";
    public static final List<String> HEADER = List.of("id", "fitScore", "tier", "isIcp", "disqualifiedBy", "matched",
            "unknown", "coverage", "missingRoles");

    private final ScoredCsvPrinter printer;

    /** Writes the header at once; the caller closes the writer, which closes {@code out}. */
    public ScoredAccountCsvWriter(Writer out) {
        this.printer = new ScoredCsvPrinter(out, HEADER);
    }

    /** Creates (or replaces) {@code accounts-scored.csv} in {@code directory}. */
    public static ScoredAccountCsvWriter create(Path directory) throws IOException {
        return new ScoredAccountCsvWriter(Files.newBufferedWriter(directory.resolve(FILE_NAME), StandardCharsets.UTF_8));
    }

    public void write(ScoredAccountRow row) {
        printer.print(
                ScoredCsvPrinter.text(row.id()),
                Integer.toString(row.fitScore()),
                ScoredCsvPrinter.text(row.tier()),
                Boolean.toString(row.isIcp()),
                ScoredCsvPrinter.text(row.disqualifiedBy()),
                ScoredCsvPrinter.list("matched", row.matched()),
                ScoredCsvPrinter.list("unknown", row.unknown()),
                row.coverage() == null ? "" : row.coverage().toString(),
                ScoredCsvPrinter.list("missingRoles", row.missingRoles()));
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
