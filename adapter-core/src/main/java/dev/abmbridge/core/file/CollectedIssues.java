package dev.abmbridge.core.file;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps everything it is told, for reports and tests. Not shared between threads. */
public final class CollectedIssues implements CsvIssueListener {
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void rowError(RowError error) {
        errors.add(error);
    }

    @Override
    public void warning(String file, String message) {
        warnings.add(file + ": " + message);
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    /** Each as {@code file: message}. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
