package dev.abmbridge.app.cli;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.scoring.FileScoringJob;
import dev.abmbridge.core.scoring.ScoringSummary;
import dev.abmbridge.core.title.TitleParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.abmbridge.app.report.ScoreReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores accounts and contacts from CSV files with a playbook, without a CRM.",
                "Writes DIR/accounts-scored.csv and DIR/contacts-scored.csv in input order and prints a summary."})
public class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FileInputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the scored CSVs.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the summary as a self-contained HTML report for marketers.")
    Path report;

    @Option(names = "--no-progress", negatable = true, defaultValue = "true",
            description = "Progress bars on a terminal (default: on).")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        InputFiles.outputDirectory(out, "--out");
        Playbook p = input.load();
        long start = System.nanoTime();
        ScoringSummary summary;
        try (ConsoleProgress bars = new ConsoleProgress(progress)) {
            summary = new FileScoringJob(p, new TitleParser()).run(input.accounts, input.contacts, out, bars);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        new ScoringSummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr())
                .print(p, summary, millis, out);
        if (report != null) {
            List<String> inputs = Stream.of(input.playbook, input.accounts, input.contacts).filter(Objects::nonNull)
                    .map(Path::toString).toList();
            Files.writeString(report, ScoreReport.render(p, summary, ZonedDateTime.now(), inputs), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote the report " + report);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
