package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.state.PushedMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "audiences", mixinStandardHelpOptions = true,
        description = {"The playbook's audiences and, per destination, the members ABM Bridge has pushed (companies",
                "and contacts), from the state store: no system is called."})
public class AudiencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
            PrintWriter out = spec.commandLine().getOut();
            if (bridge.playbook().audiences().isEmpty()) {
                out.println("The playbook defines no audiences.");
            }
            out.printf("%-28s %-10s %10s %10s%n", "audience", "system", "companies", "contacts");
            for (Audience a : bridge.playbook().audiences()) {
                for (String system : a.destinations()) {
                    List<PushedMember> members = bridge.store().pushedMembers(system, a.id());
                    long companies = members.stream().filter(m -> m.kind().name().equals("COMPANY")).count();
                    out.printf("%-28s %-10s %10d %10d%n", a.id(), system, companies, members.size() - companies);
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
