package dev.abmbridge.core.file;

import dev.abmbridge.core.normalize.InvalidRecordException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one contract CSV file (RFC 4180, header row, UTF-8 with or without BOM),
 * normalized, each with the physical line its row starts on. Only the current row is held, plus a
 * fingerprint per id for duplicate detection, so memory stays small for millions of rows.
 *
 * <p>Skipped, each reported as a {@link RowError} while the rest go on: a row with a different
 * number of cells than the header, a value the normalizer rejects (a missing id among them), and
 * a second row with an id already read (the first is kept), and a row with bytes that are not
 * UTF-8 (decoded as U+FFFD, so only the rows that hold them are lost, each at its own line).
 * Blank lines are skipped silently. A CSV syntax error (text after a closing quote, an
 * unterminated quote) leaves nothing reliable after it: it is reported as a row error and ends
 * the stream.
 */
final class CsvRecordReader<T> {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();
    private static final char BOM = '\uFEFF';
    /** What a lenient UTF-8 decoder puts in place of bytes it cannot decode. */
    private static final char REPLACEMENT = '\uFFFD';

    private final List<String> columns;
    private final Function<Map<String, String>, T> normalizer;
    private final Function<T, String> idOf;

    CsvRecordReader(List<String> columns, Function<Map<String, String>, T> normalizer, Function<T, String> idOf) {
        this.columns = List.copyOf(columns);
        this.normalizer = normalizer;
        this.idOf = idOf;
    }

    /** The caller closes the stream (try-with-resources), which closes {@code in}. */
    Stream<LineRecord<T>> read(String file, Reader in, CsvIssueListener issues) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(withoutBom(in)).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        try {
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = readHeader(file, records);
            if (!header.ignored().isEmpty()) {
                issues.warning(file, "ignoring columns that are not in the file contract: " + String.join(", ", header.ignored())
                        + " (extra fields go in custom.<name> columns)");
            }
            Rows rows = new Rows(file, parser, records, header, issues);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false)
                    .onClose(() -> close(parser));
        } catch (RuntimeException e) {
            close(parser);
            throw e;
        }
    }

    private CsvHeader readHeader(String file, Iterator<CSVRecord> records) {
        try {
            if (!records.hasNext()) {
                throw new CsvFileException(file, 1, "the file is empty: it needs a header row");
            }
            return CsvHeader.of(file, records.next(), columns);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new CsvFileException(file, 1, "the header row cannot be read: " + describe(e));
        }
    }

    /** A UTF-8 byte-order mark is not part of the first column's name. */
    private static Reader withoutBom(Reader in) throws IOException {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
        buffered.mark(1);
        if (buffered.read() != BOM) {
            buffered.reset();
        }
        return buffered;
    }

    private static void close(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return "malformed CSV: " + cause.getMessage();
    }

    private static boolean hasUndecodableBytes(CSVRecord row) {
        for (String cell : row) {
            if (cell.indexOf(REPLACEMENT) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The row iterator: reads ahead one good record at a time. */
    private final class Rows implements Iterator<LineRecord<T>> {
        private final String file;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final CsvHeader header;
        private final CsvIssueListener issues;
        private final IdFingerprints ids = new IdFingerprints();
        private LineRecord<T> next;
        private boolean done;

        Rows(String file, CSVParser parser, Iterator<CSVRecord> records, CsvHeader header, CsvIssueListener issues) {
            this.file = file;
            this.parser = parser;
            this.records = records;
            this.header = header;
            this.issues = issues;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                next = readOne();
            }
            return next != null;
        }

        @Override
        public LineRecord<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            LineRecord<T> result = next;
            next = null;
            return result;
        }

        /** The next good record, or null for a skipped row or the end (then {@code done}). */
        private LineRecord<T> readOne() {
            // The parser has consumed every line up to the end of the previous row.
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord row;
            try {
                if (!records.hasNext()) {
                    done = true;
                    return null;
                }
                row = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                done = true;
                issues.rowError(new RowError(file, line, describe(e) + "; reading stopped here"));
                return null;
            }
            if (row.size() == 1 && row.get(0).isEmpty()) {
                return null; // a blank line
            }
            if (hasUndecodableBytes(row)) {
                issues.rowError(new RowError(file, line, "the row has bytes that are not valid UTF-8 (save the file as UTF-8)"));
                return null;
            }
            if (row.size() != header.size()) {
                issues.rowError(new RowError(file, line, "the row has " + row.size() + " cells, the header has " + header.size()));
                return null;
            }
            Map<String, String> raw = new HashMap<>(header.size() * 2);
            for (int i = 0; i < header.size(); i++) {
                String name = header.name(i);
                if (name != null) {
                    raw.put(name, row.get(i));
                }
            }
            T record;
            try {
                record = normalizer.apply(raw);
            } catch (InvalidRecordException e) {
                issues.rowError(new RowError(file, line, e.getMessage()));
                return null;
            }
            String id = idOf.apply(record);
            if (!ids.add(id)) {
                issues.rowError(new RowError(file, line, "duplicate id '" + id + "': an earlier row has it (that one is kept)"));
                return null;
            }
            return new LineRecord<>(line, record);
        }
    }
}
