package dev.abmbridge.app.cli;

import dev.abmbridge.app.lookup.ApiKeys;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lookup-key", mixinStandardHelpOptions = true,
        description = {"Makes a new key for the account look-up API of 'serve' and prints it once, with the entry",
                "for abm-bridge.yml, which holds only the key's SHA-256."})
public class LookupKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "WHO",
            description = "Who will hold the key, e.g. website or chat (shown instead of the key).")
    String name;

    @Override
    public Integer call() {
        if (name.isBlank()) {
            throw new UserInputException("--name needs a name, e.g. --name website");
        }
        String key = ApiKeys.newKey(new SecureRandom());
        PrintWriter out = spec.commandLine().getOut();
        out.println("New look-up API key for " + name + " (shown only now; give it to its holder, keep no copy):");
        out.println();
        out.println("  " + key);
        out.println();
        out.println("Add this entry under abm.lookup.keys in abm-bridge.yml (revoke later with revoked: true):");
        out.println();
        out.println("  - name: " + name);
        out.println("    sha256: " + ApiKeys.sha256Hex(key));
        out.flush();
        return ExitCode.OK;
    }
}
