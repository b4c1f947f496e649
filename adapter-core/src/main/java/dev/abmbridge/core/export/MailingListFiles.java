package dev.abmbridge.core.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The three files of one audience, with stable names: {@code <audience>.csv} (the contacts to mail),
 * {@code <audience>-unaddressed.csv} (members without a usable address) and {@code <audience>-changes.csv} (added
 * and removed since the last export). RFC 4180, UTF-8; each file is written to a temporary file and moved into
 * place, so a reader never sees half a list.
 */
final class MailingListFiles {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Path dir;

    MailingListFiles(Path dir) {
        this.dir = dir;
    }

    Path list(String audienceId) {
        return dir.resolve(baseName(audienceId) + ".csv");
    }

    Path unaddressed(String audienceId) {
        return dir.resolve(baseName(audienceId) + "-unaddressed.csv");
    }

    Path changes(String audienceId) {
        return dir.resolve(baseName(audienceId) + "-changes.csv");
    }

    /** The rows of a list written earlier, by contact; empty when there is none. */
    Map<String, MailingListRow> read(Path file) {
        Map<String, MailingListRow> rows = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                MailingListRow row = new MailingListRow(r.get("contact"), cell(r, "first_name"), cell(r, "last_name"),
                        cell(r, "title"), cell(r, "company"), new MailingAddress(cell(r, "street"), cell(r, "city"),
                        cell(r, "state"), cell(r, "postal_code"), cell(r, "country")));
                rows.put(row.contactRef(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mailing list " + file, e);
        }
        return rows;
    }

    void write(Path file, List<MailingListRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(r.cells()));
        write(file, MailingListRow.HEADER, cells);
    }

    void writeChanges(Path file, List<MailingListRow> added, List<MailingListRow> removed) {
        List<String> header = new ArrayList<>();
        header.add("change");
        header.addAll(MailingListRow.HEADER);
        List<List<String>> cells = new ArrayList<>();
        for (MailingListRow r : added) {
            List<String> row = new ArrayList<>();
            row.add("added");
            row.addAll(r.cells());
            cells.add(row);
        }
        for (MailingListRow r : removed) {
            List<String> row = new ArrayList<>();
            row.add("removed");
            row.addAll(r.cells());
            cells.add(row);
        }
        write(file, header, cells);
    }

    private void write(Path file, List<String> header, List<List<String>> rows) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".mailing-", ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                     CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(header.toArray(String[]::new)).get())) {
                    for (List<String> row : rows) {
                        printer.printRecord(row.stream().map(c -> c == null ? "" : c).toList());
                    }
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mailing list " + file, e);
        }
    }

    /** The audience id as a file name: letters, digits, dot, dash and underscore kept, anything else replaced. */
    static String baseName(String audienceId) {
        String name = audienceId.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.startsWith(".") ? "_" + name.substring(1) : name;
    }

    private static String cell(CSVRecord r, String column) {
        String value = r.get(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
