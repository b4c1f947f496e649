package dev.abmbridge.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the files a command reads before any work starts. */
final class InputFiles {
    private InputFiles() {
    }

    static Path readable(Path file, String option) {
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(option + " " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException(option + " " + file + ": cannot be read (check its permissions)");
        }
        return file;
    }
}
