package dev.abmbridge.app.cli;

import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a playbook and prints every problem with file, line, column and a fix.")
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--playbook", required = true, paramLabel = "FILE", description = "The playbook YAML file.")
    Path playbook;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Playbook p = new PlaybookLoader().load(playbook);
        var out = spec.commandLine().getOut();
        out.printf("%s is valid: \"%s\", %d criteria, %d disqualifiers, %d tiers, %d buying-role rules, "
                        + "committee of %d, %d audiences (playbook hash %s)%n",
                playbook, p.name(), p.icp().criteria().size(), p.icp().disqualifiers().size(), p.icp().tiers().size(),
                p.buyingRoles().rules().size(), p.buyingRoles().committee().size(), p.audiences().size(), p.shortHash());
        out.flush();
        return ExitCode.OK;
    }
}
