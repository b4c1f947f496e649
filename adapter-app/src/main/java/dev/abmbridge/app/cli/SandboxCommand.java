package dev.abmbridge.app.cli;

import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.SandboxMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Serves emulators of the Salesforce, HubSpot and LinkedIn APIs with generated demo data,",
                "on localhost only, until stopped (Ctrl+C). Prints one base URL per API, then 'ready'."})
public class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", paramLabel = "N", description = "Accounts to generate (default: ${DEFAULT-VALUE}).",
            defaultValue = "2000")
    int accounts;

    @Option(names = "--contacts", paramLabel = "M", description = "Contacts to generate (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int contacts;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the generator (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        if (accounts < 0 || contacts < 0) {
            throw new UserInputException("--accounts and --contacts take a number of 0 or more");
        }
        Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(accounts, contacts, seed));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        SandboxMain.announce(sandbox, spec.commandLine().getOut());
        stopped.await();
        return ExitCode.OK;
    }
}
