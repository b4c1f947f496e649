package dev.abmbridge.app;

import dev.abmbridge.app.cli.AbmBridgeCommand;
import dev.abmbridge.app.cli.CliErrorHandler;
import dev.abmbridge.app.cli.SpringCommandFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

import java.util.Set;

/** The {@code abm-bridge} executable: a Spring Boot application whose command line is picocli's. */
@SpringBootApplication
public class AbmBridgeApplication implements CommandLineRunner, ExitCodeGenerator {

    /**
     * Commands that need no Spring context start without one: the sandbox is started by tests, benchmarks and
     * people waiting for its {@code ready} line, and its start-up time is one of its targets (issue 3).
     */
    private static final Set<String> WITHOUT_CONTEXT = Set.of("sandbox", "lookup-key");

    private final ApplicationContext context;
    private int exitCode;

    public AbmBridgeApplication(ApplicationContext context) {
        this.context = context;
    }

    public static void main(String[] args) {
        if (args.length > 0 && WITHOUT_CONTEXT.contains(args[0])) {
            System.exit(commandLine(CommandLine.defaultFactory()).execute(args));
        }
        System.exit(SpringApplication.exit(SpringApplication.run(AbmBridgeApplication.class, args)));
    }

    @Override
    public void run(String... args) {
        exitCode = commandLine(context).execute(args);
    }

    /** The configured command line; tests use it to run commands in process. */
    public static CommandLine commandLine(ApplicationContext context) {
        return commandLine(new SpringCommandFactory(context));
    }

    private static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(AbmBridgeCommand.class, factory);
        CliErrorHandler errors = new CliErrorHandler();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
