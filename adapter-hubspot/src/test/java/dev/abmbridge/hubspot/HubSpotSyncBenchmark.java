package dev.abmbridge.hubspot;

import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.engine.TestDatabases;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.hubspot.client.Sleeper;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.hubspot.HubSpotObjectType;
import dev.abmbridge.sandbox.ledger.ApiCallTally;
import dev.abmbridge.sandbox.ledger.FieldWrite;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issue 6, "Speed": a full SyncEngine sync of the example playbook against the sandbox's HubSpot with the portal's
 * limit scaled from per 10 s to per second, then a second sync with no change. Counts every call the emulator saw
 * (its ledger), compares searches and batch updates with their minimum, and the wall time with the rate-limit bound.
 *
 * <p>Real time on both sides: the sandbox and the connection run on the system clock, the connector really
 * sleeps. The emulator's ten-second limit is set to ten times the per-second rate (so the allowed average is the
 * rate) and the connector is told the same; search has its own per-second limit on both sides. Every generated
 * account is put in HubSpot ({@code sharedShare} 1), so the portal holds exactly the asked numbers.
 *
 * <pre>
 * java ... dev.abmbridge.hubspot.HubSpotSyncBenchmark [--companies N] [--contacts N] [--per-second R]
 *          [--search-per-second S] [--playbook examples/playbook.yml] [--no-warm-up]
 * </pre>
 *
 * {@code HubSpotSyncBenchmarkIT} runs the same code on a few hundred records in {@code mvn verify}.
 */
public final class HubSpotSyncBenchmark {

    /** What to run. {@code perSecond}: the general limit (calls per second); {@code searchPerSecond}: search's own. */
    public record Options(int companies, int contacts, int perSecond, int searchPerSecond, long seed, Path playbook) {

        static Options defaults() {
            return new Options(50_000, 200_000, 100, 50, 42L, Path.of("examples/playbook.yml"));
        }
    }

    /** One sync as the emulator saw it. */
    public record SyncFigures(RunSummary summary, Map<String, Long> calls, long changedCompanies, long changedContacts,
                              long wallMillis, long cpuMillis, Map<String, Long> cpuMillisByThreads, long heapAfterGcBytes) {

        long calls(String operation) {
            return calls.getOrDefault(operation, 0L);
        }

        long searches() {
            return calls("companies:search") + calls("contacts:search");
        }

        long batchUpdates() {
            return calls("companies:batch/update") + calls("contacts:batch/update");
        }

        /** Calls that write: batch updates, list creation and membership changes, property definitions changed. */
        long writeCalls() {
            return calls.entrySet().stream().filter(e -> isWrite(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        }

        long totalCalls() {
            return calls.entrySet().stream().filter(e -> !e.getKey().equals("rate-limited")).mapToLong(Map.Entry::getValue).sum();
        }

        /** The shortest time these calls can take at the allowed rates, searches and other calls one after the other. */
        double boundSeconds(Options o) {
            return (double) searches() / o.searchPerSecond() + (double) (totalCalls() - searches()) / o.perSecond();
        }

        static boolean isWrite(String operation) {
            return operation.endsWith(":batch/update") || operation.endsWith(":batch/create") || operation.endsWith(":update")
                    || operation.endsWith(":create") || operation.startsWith("lists:memberships/add")
                    || operation.startsWith("lists:memberships/remove") || operation.equals("lists:memberships/clear")
                    || operation.equals("properties:post") || operation.equals("properties:patch")
                    || operation.equals("associations:create");
        }
    }

    /** Both syncs. {@code companies}/{@code contacts}: what the portal held. */
    public record Result(int companies, int contacts, SyncFigures first, SyncFigures second, long peakHeapBytes) {

        static long pages(long n, int size) {
            return (n + size - 1) / size;
        }

        /** ceil(companies/200) + ceil(contacts/200): one search page per 200 records, every record read once. */
        long minimumSearches() {
            return pages(companies, 200) + pages(contacts, 200);
        }

        long minimumBatchUpdates(SyncFigures sync) {
            return pages(sync.changedCompanies(), 100) + pages(sync.changedContacts(), 100);
        }
    }

    private HubSpotSyncBenchmark() {
    }

    public static void main(String[] args) {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        boolean warmUp = !rest.remove("--no-warm-up");
        Options o = parse(rest.toArray(String[]::new));
        if (warmUp) {
            // One-time costs of a new JVM (CEL runtime, the country names of every locale, class loading, JIT) are
            // paid on a small portal first, so the measured sync shows the steady state of a running process.
            long t0 = System.nanoTime();
            run(new Options(200, 600, o.perSecond(), o.searchPerSecond(), o.seed() + 1, o.playbook()),
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
            System.out.printf(Locale.ROOT, "warm-up (200 companies, 600 contacts, own sandbox): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        Result r = run(o, System.out);
        report(o, r, System.out);
        boolean ok = r.first().searches() == r.minimumSearches() && r.first().batchUpdates() == r.minimumBatchUpdates(r.first())
                && r.second().writeCalls() == 0;
        System.exit(ok ? 0 : 1);
    }

    static Options parse(String[] args) {
        Options o = Options.defaults();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value for " + args[i]);
            }
            String v = args[i + 1];
            o = switch (args[i]) {
                case "--companies" -> new Options(Integer.parseInt(v), o.contacts(), o.perSecond(), o.searchPerSecond(), o.seed(), o.playbook());
                case "--contacts" -> new Options(o.companies(), Integer.parseInt(v), o.perSecond(), o.searchPerSecond(), o.seed(), o.playbook());
                case "--per-second" -> new Options(o.companies(), o.contacts(), Integer.parseInt(v), o.searchPerSecond(), o.seed(), o.playbook());
                case "--search-per-second" -> new Options(o.companies(), o.contacts(), o.perSecond(), Integer.parseInt(v), o.seed(), o.playbook());
                case "--seed" -> new Options(o.companies(), o.contacts(), o.perSecond(), o.searchPerSecond(), Long.parseLong(v), o.playbook());
                case "--playbook" -> new Options(o.companies(), o.contacts(), o.perSecond(), o.searchPerSecond(), o.seed(), Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        return o;
    }

    /** Starts the sandbox, sets up the schema, then runs two syncs on a fresh H2 state store. */
    public static Result run(Options o, PrintStream log) {
        Clock clock = Clock.systemUTC();
        SandboxConfig sandboxConfig = SandboxConfig.defaults();
        sandboxConfig = new SandboxConfig(o.companies(), o.contacts(), o.seed(), 1.0, clock, sandboxConfig.salesforceDailyApiLimit(),
                sandboxConfig.salesforceSessionLifetime(), o.perSecond() * 10, 100_000_000L, o.searchPerSecond(),
                sandboxConfig.linkedInTokenLifetime(), sandboxConfig.linkedInUsersPerMinute(), sandboxConfig.linkedInCompaniesPerMinute(),
                sandboxConfig.salesforceFaults(), sandboxConfig.hubSpotFaults(), sandboxConfig.linkedInFaults());
        long started = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(sandboxConfig)) {
            int companies = sandbox.hubSpot().portal().size(HubSpotObjectType.COMPANIES);
            int contacts = sandbox.hubSpot().portal().size(HubSpotObjectType.CONTACTS);
            log.printf(Locale.ROOT, "sandbox: %,d companies, %,d contacts in HubSpot, started in %.1f s%n", companies, contacts,
                    (System.nanoTime() - started) / 1e9);
            String token = sandbox.hubSpot().privateAppToken();
            HubSpotConfig config = HubSpotConfig.token("env:HUBSPOT_TOKEN").withBaseUrl(URI.create(sandbox.hubSpotUrl()))
                    .withLimits(o.perSecond() * 10, 100_000_000L, o.searchPerSecond()).withSearchSettle(Duration.ZERO);
            HubSpotSecrets secrets = new HubSpotSecrets(Map.of("HUBSPOT_TOKEN", token)::get);

            // The portal as an admin left it: the group and owned properties exist. Not part of the measure.
            new HubSpotSchemaSetup(HubSpotConnection.open(config, secrets, clock, Sleeper.REAL)).setup(false);

            HubSpotConnection connection = HubSpotConnection.open(config, secrets, clock, Sleeper.REAL);
            Playbook playbook = load(o.playbook());
            StateStore store = StateStore.open(TestDatabases.freshH2());
            SyncEngine engine = new SyncEngine(store, playbook,
                    List.of(new SyncConnection(new HubSpotSourceConnector(connection), new HubSpotInsightSink(connection))),
                    List.of(new HubSpotAudienceDestination(connection)), clock);

            resetPeaks();
            SyncFigures first = sync(engine, sandbox, log, "first sync");
            SyncFigures second = sync(engine, sandbox, log, "second sync (no change)");
            return new Result(companies, contacts, first, second, peakHeap());
        }
    }

    private static Playbook load(Path file) {
        Path path = file;
        if (!Files.exists(path) && Files.exists(Path.of("..").resolve(file))) {
            path = Path.of("..").resolve(file); // run from the module directory (surefire/failsafe)
        }
        return new PlaybookLoader().load(path);
    }

    private static SyncFigures sync(SyncEngine engine, Sandbox sandbox, PrintStream log, String name) {
        sandbox.ledger().reset();
        sandbox.writes().reset();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        ThreadGroupCpu threads0 = ThreadGroupCpu.now();
        RunSummary summary = engine.run(RunOptions.SYNC);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (processCpuNanos() - cpu0) / 1_000_000;
        Map<String, Long> byThreads = ThreadGroupCpu.now().since(threads0, cpu);
        Map<String, Long> calls = new LinkedHashMap<>();
        for (ApiCallTally t : sandbox.ledger().tallies()) {
            if (t.system().equals("hubspot")) {
                calls.put(t.operation(), t.calls());
            }
        }
        Set<String> companies = new HashSet<>();
        Set<String> contacts = new HashSet<>();
        for (FieldWrite w : sandbox.writes().writes("hubspot")) {
            (w.objectType().equals("companies") ? companies : contacts).add(w.recordId());
        }
        sandbox.writes().reset();
        long heap = heapAfterGc();
        log.printf(Locale.ROOT, "%s: %.1f s, %,d calls%n", name, wall / 1e3, calls.values().stream().mapToLong(Long::longValue).sum());
        return new SyncFigures(summary, calls, companies.size(), contacts.size(), wall, cpu, byThreads, heap);
    }

    static void report(Options o, Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%nHubSpot full sync: %,d companies, %,d contacts; limit %d/s (emulator %d per 10 s), search %d/s%n",
                r.companies(), r.contacts(), o.perSecond(), o.perSecond() * 10, o.searchPerSecond());
        for (String name : List.of("first", "second")) {
            SyncFigures s = name.equals("first") ? r.first() : r.second();
            out.printf(Locale.ROOT, "%n== %s sync ==%n", name);
            out.printf(Locale.ROOT, "records read %s, to write %s, sink calls %s, dead letters %s%n", s.summary().recordsRead(),
                    s.summary().recordsToWrite(), s.summary().sinkCalls(), s.summary().deadLettered());
            out.printf(Locale.ROOT, "audience adds %s, removes %s (membership calls: up to 1,000 members each)%n",
                    s.summary().audienceAdds(), s.summary().audienceRemoves());
            out.printf(Locale.ROOT, "%-40s %10s%n", "operation", "calls");
            s.calls().forEach((op, n) -> out.printf(Locale.ROOT, "%-40s %,10d%n", op, n));
            out.printf(Locale.ROOT, "companies:search %,d vs minimum ceil(%,d/200) = %,d%n", s.calls("companies:search"), r.companies(),
                    Result.pages(r.companies(), 200));
            out.printf(Locale.ROOT, "contacts:search  %,d vs minimum ceil(%,d/200) = %,d%n", s.calls("contacts:search"), r.contacts(),
                    Result.pages(r.contacts(), 200));
            out.printf(Locale.ROOT, "companies:batch/update %,d vs minimum ceil(%,d changed/100) = %,d%n",
                    s.calls("companies:batch/update"), s.changedCompanies(), Result.pages(s.changedCompanies(), 100));
            out.printf(Locale.ROOT, "contacts:batch/update  %,d vs minimum ceil(%,d changed/100) = %,d%n",
                    s.calls("contacts:batch/update"), s.changedContacts(), Result.pages(s.changedContacts(), 100));
            out.printf(Locale.ROOT, "write calls %,d; all calls %,d; rate-limited (429) %,d%n", s.writeCalls(), s.totalCalls(),
                    s.calls("rate-limited"));
            double bound = s.boundSeconds(o);
            out.printf(Locale.ROOT, "wall %.1f s vs bound %.1f s (%,d searches / %d/s + %,d other / %d/s): %.2f x%n", s.wallMillis() / 1e3,
                    bound, s.searches(), o.searchPerSecond(), s.totalCalls() - s.searches(), o.perSecond(),
                    bound == 0 ? 0 : s.wallMillis() / 1e3 / bound);
            // On a shared machine the wall time depends on the other load; the process CPU time much less.
            out.printf(Locale.ROOT, "process CPU time %.1f s (all threads: engine, connector, sandbox, H2, GC, JIT)%n", s.cpuMillis() / 1e3);
            s.cpuMillisByThreads().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.printf(Locale.ROOT, "  %5.1f s  %s%n", e.getValue() / 1e3, e.getKey()));
            out.printf(Locale.ROOT, "heap after the sync (after GC, sandbox in the same JVM): %,d MiB%n", s.heapAfterGcBytes() >> 20);
        }
        out.printf(Locale.ROOT, "%npeak heap (sandbox + engine + H2, one JVM): %,d MiB of %,d MiB max%n", r.peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
