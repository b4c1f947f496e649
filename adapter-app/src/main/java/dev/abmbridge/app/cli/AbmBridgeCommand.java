package dev.abmbridge.app.cli;

import picocli.CommandLine.Command;

/** The root command; every action is a subcommand. */
@Command(name = "abm-bridge", mixinStandardHelpOptions = true, version = "ABM Bridge 0.1.0",
        description = "Applies your account-based-marketing playbook to CRM accounts and contacts.",
        subcommands = {DemoCommand.class, InitCommand.class, CheckCommand.class, SetupCommand.class, PlanCommand.class,
                SyncCommand.class,
                ScoreCommand.class, ExplainCommand.class, ValidateCommand.class, SandboxCommand.class,
                dev.abmbridge.app.serve.ServeCommand.class, LookupKeyCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 2 invalid input, configuration or playbook, 3 sync finished with dead letters, "
                + "1 internal failure."})
public class AbmBridgeCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
