package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Connectors;
import dev.abmbridge.app.bridge.SetupAction;
import dev.abmbridge.app.config.BridgeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Creates the owned fields in Salesforce and HubSpot and grants the integration user access",
                "to them (Salesforce: through a permission set). Existing fields are never changed.",
                "With --dry-run it lists what it would do and changes nothing."})
public class SetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--dry-run", description = "List the changes without making them.")
    boolean dryRun;

    @Override
    public Integer call() {
        BridgeConfig bridge = config.load();
        List<SetupAction> actions = Connectors.open(bridge, System::getenv, Clock.systemUTC()).setup(dryRun);
        return print(actions, dryRun, spec.commandLine().getOut());
    }

    /** Prints the actions; exit code 1 when a system refused one. */
    static int print(List<SetupAction> actions, boolean dryRun, PrintWriter out) {
        if (actions.isEmpty()) {
            out.println("Nothing to set up: every owned field is in place.");
        }
        for (SetupAction a : actions) {
            out.printf("%s (%s): %s%s%n", a.connection(), a.system(), dryRun ? "would " : "", a.action());
        }
        out.flush();
        return actions.stream().anyMatch(a -> a.action().startsWith("FAILED")) ? ExitCode.INTERNAL : ExitCode.OK;
    }
}
