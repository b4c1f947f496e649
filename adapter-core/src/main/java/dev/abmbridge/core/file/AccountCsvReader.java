package dev.abmbridge.core.file;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.normalize.AccountNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code accounts.csv} of the file contract (PLAYBOOK.md, file contract for scoring without
 * a CRM) as a stream of normalized accounts in file order. The package documentation says what is
 * skipped and reported. Thread-safe: each {@code read} has its own state.
 */
public final class AccountCsvReader {
    /** The contract's columns; any may be absent or empty, plus any {@code custom.<name>}. */
    public static final List<String> COLUMNS = List.of("id", "name", "domain", "website", "industry", "employees",
            "annualRevenue", "country", "state", "city", "type", "technologies");

    private final CsvRecordReader<Account> reader;

    /** Accounts with source {@code file}. */
    public AccountCsvReader() {
        this("file");
    }

    public AccountCsvReader(String source) {
        this.reader = new CsvRecordReader<>(COLUMNS, raw -> AccountNormalizer.normalize(source, raw), Account::id);
    }

    /** Opens the file (UTF-8; rows with bytes that are not UTF-8 are reported); close the stream to close it. */
    public Stream<LineRecord<Account>> read(Path file, CsvIssueListener issues) throws IOException {
        return reader.read(file.toString(), Utf8Files.lenientReader(file), issues);
    }

    /** Reads from {@code in}, naming it {@code fileName} in errors; close the stream to close {@code in}. */
    public Stream<LineRecord<Account>> read(String fileName, Reader in, CsvIssueListener issues) {
        return reader.read(fileName, in, issues);
    }
}
