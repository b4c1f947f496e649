package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Redactor;
import dev.abmbridge.app.config.ConfigProblem;
import dev.abmbridge.app.config.InvalidConfigException;
import dev.abmbridge.core.playbook.InvalidPlaybookException;
import dev.abmbridge.core.playbook.PlaybookError;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Turns failures into messages and exit codes: user mistakes (2) get a message with the fix, internal
 * failures (1) a one-line summary; stack traces only with {@code --verbose}.
 */
public final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler,
        CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidPlaybookException invalid) {
            err.println("The playbook has " + invalid.errors().size() + " problem(s):");
            for (PlaybookError pe : invalid.errors()) {
                err.println("  " + pe.toString().replace("\n", "\n  "));
            }
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof InvalidConfigException invalid) {
            err.println("The configuration has " + invalid.problems().size() + " problem(s):");
            for (ConfigProblem p : invalid.problems()) {
                err.println("  " + p.toString().replace("\n", "\n  "));
            }
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        // An internal failure's text may come from a library or a remote system and carry a secret the
        // configuration resolved (a token in an echoed request, a password in a JDBC URL): scrub before printing.
        Redactor redactor = Redactor.process();
        if (e instanceof UserInputException) {
            err.println("error: " + redactor.scrub(e.getMessage()));
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        err.println("internal error: " + redactor.message(e));
        if (parseResult.hasMatchedOption("--verbose")) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(redactor.scrub(trace.toString()));
        } else {
            err.println("Run again with --verbose for the details, and report it if it persists.");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("error: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }
}
