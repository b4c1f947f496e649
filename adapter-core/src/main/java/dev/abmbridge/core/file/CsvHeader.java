package dev.abmbridge.core.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of an input file, mapped to the contract's column names. Header names are
 * matched ignoring case and surrounding space ({@code Domain} is {@code domain}); {@code custom.}
 * columns keep their name after the prefix as written.
 */
final class CsvHeader {
    static final String CUSTOM_PREFIX = "custom.";

    /** The canonical name of each column, or null for a column that is ignored. */
    private final String[] names;
    private final List<String> ignored;

    private CsvHeader(String[] names, List<String> ignored) {
        this.names = names;
        this.ignored = List.copyOf(ignored);
    }

    static CsvHeader of(String file, CSVRecord header, List<String> contractColumns) {
        Map<String, String> byLowerCase = new HashMap<>();
        for (String column : contractColumns) {
            byLowerCase.put(column.toLowerCase(Locale.ROOT), column);
        }
        String[] names = new String[header.size()];
        List<String> ignored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i).strip();
            String name = canonical(raw, byLowerCase);
            if (name == null) {
                ignored.add(raw.isEmpty() ? "(unnamed column " + (i + 1) + ")" : raw);
                continue;
            }
            if (!seen.add(name)) {
                throw new CsvFileException(file, 1, "column '" + name + "' appears twice in the header");
            }
            names[i] = name;
        }
        if (!seen.contains("id")) {
            throw new CsvFileException(file, 1, "the header has no 'id' column (it has: " + String.join(", ", header.values()) + ")");
        }
        return new CsvHeader(names, ignored);
    }

    private static String canonical(String raw, Map<String, String> byLowerCase) {
        if (raw.regionMatches(true, 0, CUSTOM_PREFIX, 0, CUSTOM_PREFIX.length())) {
            String name = raw.substring(CUSTOM_PREFIX.length()).strip();
            return name.isEmpty() ? null : CUSTOM_PREFIX + name;
        }
        return byLowerCase.get(raw.toLowerCase(Locale.ROOT));
    }

    int size() {
        return names.length;
    }

    /** The canonical name of column {@code index}, or null when the column is ignored. */
    String name(int index) {
        return names[index];
    }

    /** Columns that are neither in the contract nor {@code custom.}, as written. */
    List<String> ignored() {
        return ignored;
    }
}
