package dev.abmbridge.core.file;

import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.normalize.ContactNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code contacts.csv} of the file contract (PLAYBOOK.md, file contract for scoring without
 * a CRM) as a stream of normalized contacts in file order. The package documentation says what is
 * skipped and reported. Thread-safe: each {@code read} has its own state.
 */
public final class ContactCsvReader {
    /** The contract's columns; any may be absent or empty, plus any {@code custom.<name>}. */
    public static final List<String> COLUMNS = List.of("id", "accountId", "email", "firstName", "lastName", "title", "country");

    private final CsvRecordReader<Contact> reader;

    /** Contacts with source {@code file}. */
    public ContactCsvReader() {
        this("file");
    }

    public ContactCsvReader(String source) {
        this.reader = new CsvRecordReader<>(COLUMNS, raw -> ContactNormalizer.normalize(source, raw), Contact::id);
    }

    /** Opens the file (UTF-8; rows with bytes that are not UTF-8 are reported); close the stream to close it. */
    public Stream<LineRecord<Contact>> read(Path file, CsvIssueListener issues) throws IOException {
        return reader.read(file.toString(), Utf8Files.lenientReader(file), issues);
    }

    /** Reads from {@code in}, naming it {@code fileName} in errors; close the stream to close {@code in}. */
    public Stream<LineRecord<Contact>> read(String fileName, Reader in, CsvIssueListener issues) {
        return reader.read(fileName, in, issues);
    }
}
