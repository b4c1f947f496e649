package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.spi.AudienceReach;
import dev.abmbridge.core.spi.MemberChange.MemberKind;
import dev.abmbridge.core.state.PushedMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "audiences", mixinStandardHelpOptions = true,
        description = {"The playbook's audiences and, per destination, the members ABM Bridge has pushed (companies",
                "and contacts), from the state store: no system is called unless --live is given."})
public class AudiencesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--live", description = {"Also ask each destination's platform what it reports now: members",
            "matched, state, and whether campaigns will serve (LinkedIn: 300 matched members). One API read per",
            "audience segment."})
    boolean live;

    @Override
    public Integer call() {
        int unreachable = 0;
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
                    if (live && !showReach(bridge, system, a.id(), out)) {
                        unreachable++;
                    }
                }
            }
            out.flush();
            return unreachable == 0 ? ExitCode.OK : ExitCode.PARTIAL;
        }
    }

    /** One line per kind of member the platform reports on; false when the platform could not be asked. */
    private boolean showReach(Bridge bridge, String system, String audienceId, PrintWriter out) {
        Optional<List<AudienceReach>> answer;
        try {
            answer = bridge.reach(system, audienceId);
        } catch (RuntimeException e) {
            out.printf("  %s could not be asked: %s%n", system, bridge.redactor().message(e));
            return false;
        }
        if (answer.isEmpty()) {
            out.printf("  %s is not asked: no %s connection has the role 'audiences', so syncs skip this destination%n",
                    system, system);
            return true;
        }
        List<AudienceReach> reach = answer.get();
        if (reach.isEmpty()) {
            out.printf("  %s reports no figures for it%n", system);
        }
        for (AudienceReach r : reach) {
            String members = r.members() == MemberKind.COMPANY ? "companies" : "contacts";
            String rate = r.matchRate() == null ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100 * r.matchRate());
            out.printf(Locale.ROOT, "  %s %s: %s, %,d of %,d matched%s%s%n", system, members,
                    r.state() == null ? "state unknown" : r.state(), r.matched(), r.sent(), rate,
                    r.warning() == null ? "" : " - " + r.warning());
        }
        return true;
    }
}
