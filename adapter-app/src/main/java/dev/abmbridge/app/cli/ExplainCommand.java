package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.config.BridgeConfigLoader;
import dev.abmbridge.core.file.CollectedIssues;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.rules.AudienceMembership;
import dev.abmbridge.core.scoring.AccountExplainer;
import dev.abmbridge.core.scoring.AccountReport;
import dev.abmbridge.core.title.TitleParser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one account: each criterion, tier, ICP flag, contacts with roles, coverage, audiences.")
public class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Either the CSV files of the file contract or the configured connections' state store. */
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false, heading = "From CSV files:%n")
        FileInputOptions files;

        @Option(names = {"-c", "--config"}, paramLabel = "FILE",
                description = "From the connected systems of this configuration, as the last sync stored them "
                        + "(no system is called).")
        Path config;
    }

    @Option(names = "--account", required = true, paramLabel = "ID",
            description = "The account's id, or its domain (acme.com, https://www.acme.com, jane@acme.com).")
    String account;

    @Override
    public Integer call() throws Exception {
        print(source.config != null ? fromConnections(source.config) : fromFiles(source.files), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private AccountReport fromFiles(FileInputOptions input) throws Exception {
        Playbook p = input.load();
        return new AccountExplainer(p, new TitleParser())
                .explain(input.accounts, input.contacts, account.strip(), new CollectedIssues())
                .orElseThrow(() -> new UserInputException("no account with id or domain '" + account + "' in "
                        + input.accounts + " (rows that could not be read are skipped: run score to see them)"));
    }

    private AccountReport fromConnections(Path config) {
        try (Bridge bridge = Bridge.open(new BridgeConfigLoader(System::getenv).load(config), System::getenv,
                Clock.systemUTC())) {
            return bridge.explainer().explain(account)
                    .orElseThrow(() -> new UserInputException("no account with record id or domain '" + account
                            + "' in the state store of " + config + " (run sync first; a domain, URL or e-mail "
                            + "address finds the account by its registrable domain)"));
        }
    }

    private static void print(AccountReport r, PrintWriter out) {
        Account a = r.account();
        out.printf("%s  %s%n", a.id(), a.name() == null ? "(no name)" : a.name());
        out.printf("  domain %s | industry %s | employees %s | revenue %s | country %s (%s) | type %s%n",
                show(a.domain()), show(a.industry()), show(a.employees()),
                a.annualRevenue() == null ? "-" : a.annualRevenue().toPlainString(), show(a.country()),
                show(a.region()), show(a.type()));
        if (!a.technologies().isEmpty()) {
            out.printf("  technologies %s%n", String.join(", ", a.technologies()));
        }
        out.println();
        out.println("Summary (as written to the CRM):");
        out.println("  " + r.summary());
        out.println();
        out.print(r.explanation());
        out.println();
        if (r.coverage().percent() != null) {
            out.printf("Buying committee: %d%% covered%s%n", r.coverage().percent(),
                    r.coverage().missingRoles().isEmpty() ? ""
                            : "; missing " + String.join(", ", r.coverage().missingRoles()));
        }
        out.printf("Contacts (%d):%n", r.contacts().size());
        for (ClassifiedContact c : r.contacts()) {
            out.printf("  %-10s %-28s %-9s %-16s %s%s%n", c.contact().id(), truncate(c.contact().title()),
                    c.seniority(), c.function(), show(c.role()),
                    c.contact().accountId() == null ? "  (matched by e-mail domain)" : "");
        }
        out.println();
        if (r.audiences().isEmpty()) {
            out.println("Audiences: none");
        } else {
            out.println("Audiences:");
            for (AudienceMembership m : r.audiences()) {
                String contacts = m.audience().hasContacts()
                        ? " with " + m.contacts().size() + " contact(s): " + m.contacts().stream()
                        .map(c -> c.contact().id()).collect(Collectors.joining(", "))
                        : "";
                out.printf("  %s (%s) -> %s%s%n", m.audience().name(), m.audience().id(),
                        String.join(", ", m.audience().destinations()), contacts);
            }
        }
        out.flush();
    }

    private static String show(Object v) {
        return v == null ? "-" : v.toString();
    }

    private static String truncate(String s) {
        String t = Objects.requireNonNullElse(s, "-");
        return t.length() <= 28 ? t : t.substring(0, 27) + "…";
    }
}
