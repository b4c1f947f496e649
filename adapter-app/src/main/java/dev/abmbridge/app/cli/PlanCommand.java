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
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"The dry run: reads every source and shows what a sync would write (fields per system,",
                "tier moves, audience changes, sample changes). Writes nothing to any system."})
public class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the plan as a self-contained HTML page.")
    Path html;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
        try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
            long started = System.nanoTime();
            RunSummary plan = bridge.sync(RunOptions.DRY_RUN, new SyncConsoleProgress(!noProgress));
            long ms = (System.nanoTime() - started) / 1_000_000;
            var out = spec.commandLine().getOut();
            out.print(ReportRenderer.console(plan));
            if (json != null) {
                OutputFiles.write(json, RunSummaryJson.json(plan, ms));
                out.println("Plan (JSON): " + json);
            }
            if (html != null) {
                OutputFiles.write(html, ReportRenderer.html(plan));
                out.println("Plan (HTML): " + html);
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
