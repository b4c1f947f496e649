package dev.abmbridge.core.playbook;

import java.util.List;
import java.util.stream.Collectors;

/** A playbook that cannot be used, with every problem found in it. */
public class InvalidPlaybookException extends RuntimeException {

    private final List<PlaybookError> errors;

    public InvalidPlaybookException(List<PlaybookError> errors) {
        super(errors.size() + " problem(s) in the playbook:\n"
                + errors.stream().map(PlaybookError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<PlaybookError> errors() {
        return errors;
    }
}
