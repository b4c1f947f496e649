package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.ConnectionCheck;
import dev.abmbridge.app.bridge.Connectors;
import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.ConfiguredConnection;
import dev.abmbridge.app.config.ConnectionRole;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates the configuration and the playbook, then tests every connection: credentials,",
                "owned fields and permissions, each problem with the exact fix. Changes nothing.",
                "Exit code 0 when everything is ready, 2 when something must be fixed."})
public class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BridgeConfig bridge = config.load();
        out.printf("Configuration %s: valid, %d connection(s)%n", config.file(), bridge.connections().size());
        Playbook playbook = new PlaybookLoader().load(bridge.playbook());
        out.printf("Playbook %s: valid, \"%s\" (hash %s)%n", bridge.playbook(), playbook.name(), playbook.shortHash());
        int problems = audienceDestinations(bridge, playbook, out);
        List<ConnectionCheck> checks = Connectors.open(bridge, System::getenv, Clock.systemUTC()).check();
        for (ConnectionCheck c : checks) {
            out.printf("%s (%s): %s%n", c.connection(), c.system(),
                    !c.reached() ? "NOT REACHED" : c.ok() ? "ready" : c.problems().size() + " problem(s)");
            c.problems().forEach(p -> out.println("  - " + p));
            c.notes().forEach(n -> out.println("    ok: " + n));
            problems += c.problems().size();
        }
        out.println(problems == 0 ? "Everything is ready: next, 'abm-bridge plan' shows what a sync would change."
                : problems + " problem(s) to fix; missing fields and grants are created by 'abm-bridge setup'.");
        out.flush();
        return problems == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }

    /** Audiences sent to a system no connection keeps audiences in would be silently skipped: say so. */
    private static int audienceDestinations(BridgeConfig bridge, Playbook playbook, PrintWriter out) {
        Set<String> configured = new TreeSet<>();
        bridge.withRole(ConnectionRole.AUDIENCES).stream().map(ConfiguredConnection::type).forEach(t -> configured.add(t.key()));
        List<String> problems = new ArrayList<>();
        for (Audience a : playbook.audiences()) {
            for (String d : a.destinations()) {
                if (!configured.contains(d)) {
                    problems.add("audience '" + a.id() + "' goes to " + d + ", which no connection with the role "
                            + "'audiences' is: add a " + d + " connection, or remove " + d + " from its destinations");
                }
            }
        }
        if (!problems.isEmpty()) {
            out.println("Playbook audiences: " + problems.size() + " problem(s)");
            problems.forEach(p -> out.println("  - " + p));
        }
        return problems.size();
    }
}
