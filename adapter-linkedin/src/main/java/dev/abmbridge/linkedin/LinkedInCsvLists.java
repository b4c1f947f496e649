package dev.abmbridge.linkedin;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Campaign Manager's list-upload CSV files (Matched Audiences, "Upload a list"): the company-list template and
 * the contact-list template, headers exactly as in LinkedIn's templates. The contact list's {@code email} column
 * carries the SHA-256 of the normalized e-mail, which LinkedIn accepts in place of a clear-text address.
 */
public final class LinkedInCsvLists {

    public static final List<String> COMPANY_HEADERS = List.of("companyname", "companywebsite", "companyemaildomain",
            "linkedincompanypageurl", "stocksymbol", "industry", "city", "state", "country", "zipcode");
    public static final List<String> CONTACT_HEADERS = List.of("email", "firstname", "lastname", "jobtitle",
            "employeecompany", "country", "googleaid");
    /** LinkedIn refuses an upload of fewer rows, and one of more. */
    public static final int MIN_ROWS = 300;
    public static final int MAX_ROWS = 300_000;

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private LinkedInCsvLists() {
    }

    public static Path companyFile(Path dir, String audienceId) {
        return dir.resolve(safe(audienceId) + "-companies.csv");
    }

    public static Path contactFile(Path dir, String audienceId) {
        return dir.resolve(safe(audienceId) + "-contacts.csv");
    }

    /** Writes the company list (atomically: a reader never sees half a file). */
    public static void writeCompanies(Path file, Collection<LinkedInCompany> companies) {
        List<List<String>> rows = new ArrayList<>();
        for (LinkedInCompany c : companies) {
            rows.add(List.of(nz(c.name()), c.domain(), "", "", "", "", "", "", "", ""));
        }
        write(file, COMPANY_HEADERS, rows);
    }

    /** Writes the contact list: hashed e-mails only, names and title within LinkedIn's lengths. */
    public static void writeContacts(Path file, Collection<LinkedInUser> users) {
        List<List<String>> rows = new ArrayList<>();
        for (LinkedInUser u : users) {
            String country = u.country() != null && u.country().strip().matches("[A-Za-z]{2}")
                    ? u.country().strip().toUpperCase(java.util.Locale.ROOT) : "";
            rows.add(List.of(u.emailSha256(), cut(u.firstName(), LinkedInSegmentElements.NAME_MAX),
                    cut(u.lastName(), LinkedInSegmentElements.NAME_MAX), cut(u.title(), LinkedInSegmentElements.TITLE_MAX),
                    cut(u.company(), LinkedInSegmentElements.COMPANY_MAX), country, ""));
        }
        write(file, CONTACT_HEADERS, rows);
    }

    /** The rows of a list file by header name; empty when the file does not exist. */
    public static List<CSVRecord> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = READ.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, List<String> headers, List<List<String>> rows) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
                printer.printRecord(headers);
                for (List<String> row : rows) {
                    printer.printRecord(row);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.isBlank() ? "" : LinkedInSegmentElements.cut(value.strip(), max);
    }

    private static String nz(String value) {
        return value == null ? "" : value.strip();
    }

    private static String safe(String audienceId) {
        return audienceId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
