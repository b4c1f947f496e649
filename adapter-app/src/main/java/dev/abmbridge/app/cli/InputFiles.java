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

    /** A directory to write into: created when missing, refused when a file is in its way. */
    static Path outputDirectory(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserInputException(option + " " + dir + " is a file; name a directory to write into");
        }
        return dir;
    }
}
