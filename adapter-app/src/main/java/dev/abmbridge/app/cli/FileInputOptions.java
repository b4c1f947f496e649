package dev.abmbridge.app.cli;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The playbook and the CSV files of the file contract, shared by the commands that score files. */
public class FileInputOptions {

    @Option(names = "--playbook", required = true, paramLabel = "FILE", description = "The playbook YAML file.")
    Path playbook;

    @Option(names = "--accounts", required = true, paramLabel = "FILE", description = "accounts.csv")
    Path accounts;

    @Option(names = "--contacts", paramLabel = "FILE", description = "contacts.csv (optional)")
    Path contacts;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    /** Checks the files, then loads and validates the playbook: all before any work starts. */
    Playbook load() {
        InputFiles.readable(accounts, "--accounts");
        InputFiles.readable(contacts, "--contacts");
        return new PlaybookLoader().load(playbook);
    }
}
