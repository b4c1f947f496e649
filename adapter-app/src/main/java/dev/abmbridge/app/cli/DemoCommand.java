package dev.abmbridge.app.cli;

import dev.abmbridge.app.bridge.Bridge;
import dev.abmbridge.app.bridge.SetupAction;
import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.BridgeConfigLoader;
import dev.abmbridge.app.report.RunSummaryJson;
import dev.abmbridge.core.engine.ReportRenderer;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"ABM Bridge end to end in one command, with nothing to sign up for: starts the sandbox (a",
                "generated Salesforce org and HubSpot portal sharing part of their companies, and a LinkedIn ad",
                "account), writes a configuration for it, runs setup, a full sync with the example playbook and a",
                "second sync that has nothing left to write. Prints the summaries and writes the HTML report."})
public class DemoCommand implements Callable<Integer> {

    /** Secrets the demo hands over by reference, like a real configuration; set one to choose its value. */
    static final String SALESFORCE_SECRET = "ABM_DEMO_SALESFORCE_SECRET";
    static final String HUBSPOT_TOKEN = "ABM_DEMO_HUBSPOT_TOKEN";
    static final String LINKEDIN_SECRET = "ABM_DEMO_LINKEDIN_CLIENT_SECRET";
    static final String LINKEDIN_ACCESS = "ABM_DEMO_LINKEDIN_ACCESS_TOKEN";
    static final String LINKEDIN_REFRESH = "ABM_DEMO_LINKEDIN_REFRESH_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", paramLabel = "N", defaultValue = "3000",
            description = "Companies to generate (default: ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--contacts", paramLabel = "M", defaultValue = "20000",
            description = "Contacts to generate (default: ${DEFAULT-VALUE}).")
    int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Where the configuration, state and report go (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Write both runs' summaries as a JSON list.")
    Path summaryJson;

    @Option(names = "--keep", description = "Keep the sandbox up afterwards (until Ctrl+C) to explore it.")
    boolean keep;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (accounts < 1 || contacts < 0) {
            throw new UserInputException("--accounts takes a number of 1 or more, --contacts of 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Starting the sandbox: %,d companies and %,d contacts across a Salesforce org and a HubSpot portal, "
                + "and a LinkedIn ad account ...%n", accounts, contacts);
        out.flush();
        Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withData(accounts, contacts, seed)
                .withHubSpotLimits(100_000, 100_000_000).withHubSpotSearchPerSecond(100_000)
                .withLinkedInLimits(100_000, 100_000));
        boolean keepRunning = false;
        try {
            int exit = run(sandbox, out);
            keepRunning = keep && exit != ExitCode.INTERNAL;
            if (keepRunning) {
                keepUp(sandbox, out);
            }
            return exit;
        } finally {
            if (!keepRunning) {
                sandbox.close();
            }
        }
    }

    private int run(Sandbox sandbox, PrintWriter out) throws IOException {
        Files.createDirectories(dir);
        deleteState(dir.resolve("abm-data")); // a new sandbox has new record ids: yesterday's state does not apply
        Path config = dir.resolve(BridgeConfigLoader.DEFAULT_FILE);
        Files.writeString(config, configuration(sandbox));
        try (InputStream playbook = DemoCommand.class.getResourceAsStream(InitCommand.STARTER_PLAYBOOK)) {
            Files.copy(playbook, dir.resolve("playbook.yml"), StandardCopyOption.REPLACE_EXISTING);
        }
        UnaryOperator<String> environment = environment(sandbox);
        BridgeConfig bridgeConfig = new BridgeConfigLoader(environment).load(config);
        out.println("Configuration: " + config + " (secrets by reference: ${" + SALESFORCE_SECRET + "}, ...)");

        List<java.util.Map<String, Object>> runs = new ArrayList<>();
        try (Bridge bridge = Bridge.open(bridgeConfig, environment, Clock.systemUTC())) {
            out.println();
            out.println("== setup: owned fields and permissions");
            List<SetupAction> actions = bridge.setup(false);
            SetupCommand.print(actions, false, out);
            if (actions.stream().anyMatch(a -> a.action().startsWith("FAILED"))) {
                return ExitCode.INTERNAL;
            }

            out.println();
            out.println("== first sync, playbook \"" + bridge.playbook().name() + "\"");
            out.flush();
            Path report = dir.resolve("report.html");
            long started = System.nanoTime();
            RunSummary first = bridge.sync(RunOptions.SYNC, new SyncConsoleProgress(!noProgress));
            long firstMs = (System.nanoTime() - started) / 1_000_000;
            runs.add(RunSummaryJson.of(first, firstMs));
            SyncCommand.printed(first, firstMs, null, report, out);

            out.println();
            out.println("== second sync: nothing changed in the systems, so nothing should be written");
            out.flush();
            started = System.nanoTime();
            RunSummary second = bridge.sync(RunOptions.SYNC, new SyncConsoleProgress(!noProgress));
            long secondMs = (System.nanoTime() - started) / 1_000_000;
            runs.add(RunSummaryJson.of(second, secondMs));
            SyncCommand.printed(second, secondMs, null, null, out);
            if (summaryJson != null) {
                OutputFiles.write(summaryJson, RunSummaryJson.json(runs));
                out.println("Summaries (JSON): " + summaryJson);
            }
            out.println();
            if (second.totalRecordsToWrite() != 0 || second.totalSinkCalls() != 0) {
                out.println("UNEXPECTED: the second sync wrote " + second.totalRecordsToWrite() + " records in "
                        + second.totalSinkCalls() + " calls; please report it.");
                out.flush();
                return ExitCode.INTERNAL;
            }
            out.printf("The second sync read back ABM Bridge's own writes and wrote nothing (0 calls).%n"
                    + "Report of the first sync: %s%nNext: 'abm-bridge init' writes a configuration for your own "
                    + "systems.%n", report);
            out.flush();
            return first.totalDeadLettered() > 0 ? ExitCode.PARTIAL : ExitCode.OK;
        }
    }

    /** The sandbox's secrets, handed over as environment variables are (a set variable wins). */
    private static UnaryOperator<String> environment(Sandbox sandbox) {
        Map<String, String> demo = Map.of(
                SALESFORCE_SECRET, UUID.randomUUID().toString(),
                HUBSPOT_TOKEN, sandbox.hubSpot().privateAppToken(),
                LINKEDIN_SECRET, UUID.randomUUID().toString(),
                LINKEDIN_ACCESS, sandbox.linkedIn().accessToken(),
                LINKEDIN_REFRESH, sandbox.linkedIn().refreshToken());
        return name -> {
            String set = System.getenv(name);
            return set != null && !set.isBlank() ? set : demo.getOrDefault(name, set);
        };
    }

    private String configuration(Sandbox sandbox) {
        String version = YearMonth.now(ZoneOffset.UTC).minusMonths(1).format(DateTimeFormatter.ofPattern("yyyyMM"));
        return """
                # Written by `abm-bridge demo` for its sandbox (the URLs change with every demo). Secrets are
                # referenced, never written here: the demo sets these variables itself unless you do.
                abm:
                  playbook: playbook.yml
                  connections:
                    crm:
                      type: salesforce
                      url: %s
                      client-id: abm-bridge-demo
                      client-secret: ${%s}
                      api-reserve: 0
                    marketing:
                      type: hubspot
                      url: %s
                      token: ${%s}
                      # Roles default to [source, sink, audiences]: the playbook's audiences naming hubspot become
                      # HubSpot lists, holding the portal's own companies and contacts (the org's others are left out
                      # and counted).
                      # The sandbox portal has generous limits; a real portal's come from its tier.
                      ten-second-limit: 100000
                      daily-limit: 100000000
                      search-per-second: 100000
                      # The sandbox's search index is immediate; HubSpot's lags (default 30s).
                      search-settle: 0s
                    ads:
                      type: linkedin
                      url: %s
                      oauth-url: %s
                      version: "%s"
                      ad-account: %s
                      source-platform: ABM_BRIDGE_DEMO
                      client-id: abm-bridge-demo
                      client-secret: ${%s}
                      access-token: ${%s}
                      refresh-token: ${%s}
                """.formatted(sandbox.salesforceUrl(), SALESFORCE_SECRET, sandbox.hubSpotUrl(), HUBSPOT_TOKEN,
                sandbox.linkedInUrl(), sandbox.linkedInUrl(), version, sandbox.linkedIn().adAccount(), LINKEDIN_SECRET,
                LINKEDIN_ACCESS, LINKEDIN_REFRESH);
    }

    private static void deleteState(Path state) throws IOException {
        if (!Files.isDirectory(state)) {
            return;
        }
        try (Stream<Path> files = Files.walk(state)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void keepUp(Sandbox sandbox, PrintWriter out) throws InterruptedException {
        out.println();
        out.println("The sandbox stays up until Ctrl+C:");
        out.println("salesforce " + sandbox.salesforceUrl());
        out.println("hubspot " + sandbox.hubSpotUrl());
        out.println("linkedin " + sandbox.linkedInUrl());
        out.println("ready");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "demo-sandbox-shutdown"));
        stopped.await();
    }
}
