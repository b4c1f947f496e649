package dev.abmbridge.app.cli;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.scoring.FileScoringJob;
import dev.abmbridge.core.scoring.ScoringSummary;
import dev.abmbridge.core.title.TitleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores accounts and contacts from CSV files with a playbook, without a CRM.",
                "Writes DIR/accounts-scored.csv and DIR/contacts-scored.csv in input order and prints a summary."})
public class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--playbook", required = true, paramLabel = "FILE", description = "The playbook YAML file.")
    Path playbook;

    @Option(names = "--accounts", required = true, paramLabel = "FILE", description = "accounts.csv")
    Path accounts;

    @Option(names = "--contacts", paramLabel = "FILE", description = "contacts.csv (optional)")
    Path contacts;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the scored CSVs.")
    Path out;

    @Option(names = "--no-progress", negatable = true, defaultValue = "true",
            description = "Progress bars on a terminal (default: on).")
    boolean progress;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        InputFiles.readable(accounts, "--accounts");
        InputFiles.readable(contacts, "--contacts");
        Playbook p = new PlaybookLoader().load(playbook);
        long start = System.nanoTime();
        ScoringSummary summary;
        try (ConsoleProgress bars = new ConsoleProgress(progress)) {
            summary = new FileScoringJob(p, new TitleParser()).run(accounts, contacts, out, bars);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        new ScoringSummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr())
                .print(p, summary, millis, out);
        return ExitCode.OK;
    }
}
