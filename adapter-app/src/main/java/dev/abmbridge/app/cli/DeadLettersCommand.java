package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.state.DeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = {"Records and audience members a system refused or that failed every retry. Every sync retries",
                "them; 'discard' gives one up (kept for the record, no longer retried)."},
        subcommands = {DeadLettersCommand.ListDeadLetters.class, DeadLettersCommand.RetryDeadLetters.class,
                DeadLettersCommand.DiscardDeadLetter.class})
public class DeadLettersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the dead letters with their reasons.")
    static class ListDeadLetters implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Option(names = "--all", description = "Also the discarded ones.")
        boolean all;

        @Override
        public Integer call() {
            try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
                PrintWriter out = spec.commandLine().getOut();
                List<DeadLetter> letters = bridge.store().deadLetters().stream().filter(d -> all || !d.discarded()).toList();
                if (letters.isEmpty()) {
                    out.println("No dead letters.");
                }
                for (DeadLetter d : letters) {
                    out.printf("%s %s %s%s: %s (%d attempts, last %s)%n", d.system(), d.kind(), d.id(),
                            d.discarded() ? " [discarded]" : "", bridge.redactor().scrub(d.reason()), d.attempts(),
                            Instant.ofEpochMilli(d.lastSeen()));
                }
                out.flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Runs a sync now: it retries every dead letter that is not discarded.")
    static class RetryDeadLetters implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Override
        public Integer call() throws IOException {
            try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
                long before = bridge.store().deadLetters().stream().filter(d -> !d.discarded()).count();
                long started = System.nanoTime();
                RunSummary run = bridge.sync(RunOptions.SYNC);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%d dead letter(s) retried.%n", before);
                return SyncCommand.printed(run, (System.nanoTime() - started) / 1_000_000, null, null, out);
            }
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = "Gives one dead letter up: kept for the record, no longer retried.")
    static class DiscardDeadLetter implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOption config;

        @Option(names = "--system", required = true, description = "The system, as 'list' shows it.")
        String system;

        @Option(names = "--kind", required = true, description = "ACCOUNT, CONTACT or MEMBER, as 'list' shows it.")
        String kind;

        @Option(names = "--id", required = true, description = "The record id (a member's: audience/key), as 'list' shows it.")
        String id;

        @Override
        public Integer call() {
            try (Bridge bridge = Bridge.open(config.load(), System::getenv, Clock.systemUTC())) {
                if (!bridge.store().discardDeadLetter(system, kind, id)) {
                    throw new UserInputException("no dead letter " + system + " " + kind + " " + id
                            + ": 'abm-bridge dead-letters list' shows them as system, kind and id");
                }
                spec.commandLine().getOut().println("Discarded " + system + " " + kind + " " + id + ".");
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }
}
