package dev.abmbridge.app.cli;

import dev.abmbridge.app.config.BridgeConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a commented starter abm-bridge.yml and playbook.yml into a directory.",
                "Never overwrites: if either file exists, nothing is written."})
public class InitCommand implements Callable<Integer> {

    static final String STARTER_CONFIG = "/starter/abm-bridge.yml";
    static final String STARTER_PLAYBOOK = "/starter/playbook.yml";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the two files (default: the current directory).")
    Path dir;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Path config = dir.resolve(BridgeConfigLoader.DEFAULT_FILE);
        Path playbook = dir.resolve("playbook.yml");
        List<Path> existing = List.of(config, playbook).stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            throw new UserInputException(existing + " already exist(s); init never overwrites: move them away or "
                    + "use --dir for another directory");
        }
        Files.createDirectories(dir);
        copy(STARTER_CONFIG, config);
        copy(STARTER_PLAYBOOK, playbook);
        var out = spec.commandLine().getOut();
        out.println("Wrote " + config + " and " + playbook + ".");
        out.println("Next: set the environment variables the configuration names, then run");
        out.println("  abm-bridge check --config " + config + "    (tests every connection)");
        out.println("  abm-bridge setup --dry-run --config " + config + "   (shows the fields it would create)");
        out.flush();
        return ExitCode.OK;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the starter file " + resource + " is missing from the jar");
            }
            Files.copy(in, target);
        }
    }
}
