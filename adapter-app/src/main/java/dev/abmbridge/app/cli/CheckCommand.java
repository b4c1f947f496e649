package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.ConnectionCheck;
import dev.abmbridge.app.bridge.Connectors;
import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.ConfiguredConnection;
import dev.abmbridge.app.config.ConnectionRole;
import dev.abmbridge.app.config.ConnectionType;
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
        audienceWarnings(bridge, playbook).forEach(w -> out.println("warning: " + w));
        int problems = 0;
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

    /**
     * Audiences sent to a system no connection keeps audiences in are skipped by every sync: a warning, not an
     * error, since leaving a destination out can be deliberate (the demo does it for HubSpot). A mailing list no
     * audience names, or named only by account audiences, writes nothing: warned too.
     */
    static List<String> audienceWarnings(BridgeConfig bridge, Playbook playbook) {
        Set<String> configured = new TreeSet<>();
        bridge.withRole(ConnectionRole.AUDIENCES).stream().map(ConfiguredConnection::system).forEach(configured::add);
        List<String> warnings = new ArrayList<>();
        for (Audience a : playbook.audiences()) {
            for (String d : a.destinations()) {
                if (configured.contains(d)) {
                    continue;
                }
                String fix = bridge.connections().stream().filter(c -> c.system().equals(d)).findFirst()
                        .map(c -> "connection '" + c.name() + "' does not have the role 'audiences': add it to its roles")
                        .orElse("no " + d + " connection is configured: add one");
                warnings.add("audience '" + a.id() + "' goes to " + d + ", which syncs skip: " + fix
                        + ", or remove " + d + " from the audience's destinations");
            }
        }
        for (ConfiguredConnection c : bridge.connections()) {
            if (c.type() != ConnectionType.MAILING_LIST) {
                continue;
            }
            List<Audience> naming = playbook.audiences().stream().filter(a -> a.destinations().contains(c.system())).toList();
            if (naming.stream().noneMatch(Audience::hasContacts)) {
                warnings.add("mailing list '" + c.name() + "' gets no file: " + (naming.isEmpty()
                        ? "no audience names it: add " + c.name() + " to a contact audience's destinations"
                        : "only account audiences name it (" + String.join(", ", naming.stream().map(Audience::id).toList())
                        + "), and a list needs contacts: add a 'contacts' filter"));
            }
        }
        return warnings;
    }
}
