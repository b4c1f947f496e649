package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a playbook file into a {@link Playbook}, or reports every problem in it with file, line, column
 * and a fix, before anything runs.
 */
public final class PlaybookLoader {

    public Playbook load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidPlaybookException(List.of(new PlaybookError(file.toString(), 0, 0,
                    "the playbook file does not exist", "check the path; examples/playbook.yml is a starter playbook to copy")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(file.toString(), text);
    }

    /** Parses playbook text; {@code fileName} only labels the errors. */
    public Playbook parse(String fileName, String text) {
        ErrorCollector errors = new ErrorCollector(fileName);
        Node root = compose(text, errors);
        if (root == null) {
            if (errors.isEmpty()) {
                errors.at(new Position(1, 1), "the playbook is empty", "start from examples/playbook.yml");
            }
            throw new InvalidPlaybookException(errors.sorted());
        }
        Playbook playbook = new PlaybookReader(errors).read(root);
        if (!errors.isEmpty() || playbook == null) {
            throw new InvalidPlaybookException(errors.sorted());
        }
        return playbook;
    }

    private static Node compose(String text, ErrorCollector errors) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlMap with their position instead
        options.setMaxAliasesForCollections(50);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            errors.at(ErrorCollector.position(mark), "the file is not valid YAML: " + e.getProblem(),
                    "check indentation (spaces, not tabs) and that every '[' and '{' is closed");
            return null;
        } catch (YAMLException e) {
            errors.at(new Position(1, 1), "the file is not valid YAML: " + e.getMessage(), "check the YAML syntax");
            return null;
        }
    }
}
