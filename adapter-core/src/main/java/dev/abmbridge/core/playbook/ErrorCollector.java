package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one playbook file, so a user sees them all at once. */
final class ErrorCollector {

    private final String file;
    private final List<PlaybookError> errors = new ArrayList<>();

    ErrorCollector(String file) {
        this.file = file;
    }

    void at(Node node, String message, String hint) {
        at(position(node), message, hint);
    }

    void at(Position p, String message, String hint) {
        errors.add(new PlaybookError(file, p.line(), p.column(), message, hint));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<PlaybookError> sorted() {
        return errors.stream()
                .sorted(Comparator.comparingInt(PlaybookError::line).thenComparingInt(PlaybookError::column))
                .toList();
    }

    static Position position(Node node) {
        return node == null ? Position.UNKNOWN : position(node.getStartMark());
    }

    static Position position(Mark mark) {
        return mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
