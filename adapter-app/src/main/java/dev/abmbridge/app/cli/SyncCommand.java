package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.report.RunSummaryJson;
import dev.abmbridge.core.engine.ReportRenderer;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Runs one sync: reads what changed in every source, applies the playbook and writes the owned",
                "fields and audience memberships that differ. Safe to repeat and to interrupt: it resumes.",
                "Exit code 3 when it finished but some records became dead letters."})
public class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the run summary as JSON.")
    Path summaryJson;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the run as a self-contained HTML page.")
    Path report;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
            long started = System.nanoTime();
            RunSummary run = bridge.sync(RunOptions.SYNC, new SyncConsoleProgress(!noProgress));
            long ms = (System.nanoTime() - started) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            return printed(run, ms, summaryJson, report, out);
        }
    }

    /** Prints a run and writes its files; the exit code says whether records were dead-lettered. */
    static int printed(RunSummary run, long ms, Path summaryJson, Path report, PrintWriter out) throws IOException {
        out.print(ReportRenderer.console(run));
        out.printf("%d accounts evaluated, %d records written, %d dead letters, %.1f s%n", run.accountsEvaluated(),
                run.recordsWritten().values().stream().mapToInt(Integer::intValue).sum(), run.totalDeadLettered(),
                ms / 1000.0);
        if (summaryJson != null) {
            OutputFiles.write(summaryJson, RunSummaryJson.json(run, ms));
            out.println("Summary (JSON): " + summaryJson);
        }
        if (report != null) {
            OutputFiles.write(report, ReportRenderer.html(run));
            out.println("Report (HTML): " + report);
        }
        if (run.totalDeadLettered() > 0) {
            out.println("Some records could not be written: 'abm-bridge dead-letters list' shows why; the next sync "
                    + "retries them.");
        }
        out.flush();
        return run.totalDeadLettered() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
