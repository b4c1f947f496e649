package dev.abmbridge.bench.planning;

import dev.abmbridge.bench.BenchResources;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;

import org.h2.jdbcx.JdbcConnectionPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * Planning a sync of an org of N accounts (default 1,000,000) of which 1 % changed since the last sync, with the
 * real engine on an H2 state store in a folder, as a user runs it:
 * <ol>
 *   <li>set-up, once per folder and not timed: a full sync of the N accounts, so the state store holds every
 *       snapshot, cursor and owned value (kept in {@code <dir>/seed}, copied for each measurement);</li>
 *   <li>measured: a dry run (pull the changed accounts, evaluate, plan) on a fresh copy: wall time and peak heap;</li>
 *   <li>then a real run applies the plan: API calls made versus the minimum, ceil(records to write / batch max),
 *       and no write to an unchanged record.</li>
 * </ol>
 * Usage: {@code java -Xmx1g -cp adapter-bench/target/benchmarks.jar dev.abmbridge.bench.planning.PlanningBenchmark
 * <dir> [accounts] [--warm]}; {@code --warm} first runs the same on 20,000 accounts in the same JVM (a long-running
 * {@code serve} process), otherwise the JVM is cold (a one-shot command).
 */
public final class PlanningBenchmark {

    /** Salesforce's sObject Collections maximum, the batch size of the CRM sinks. */
    public static final int BATCH_MAX = 200;

    /** H2's page cache (in the heap, so inside -Xmx1g): 128 MiB, not its default 16 MiB. */
    static final int H2_CACHE_KB = 131_072;

    /** What a measurement found. */
    public record Result(int accounts, int batchMax, int changedInSource, long seedMillis, long planMillis,
                         long planCpuMillis, long peakHeapBytes,
                         RunSummary plan, RunSummary sync, int syncWriteCalls, int recordsWritten,
                         int unchangedRecordsWritten) {

        public int minimumCalls() {
            int toWrite = plan.totalRecordsToWrite();
            return (toWrite + batchMax - 1) / batchMax;
        }
    }

    private PlanningBenchmark() {
    }

    public static void main(String[] args) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        boolean warm = a.remove("--warm");
        if (a.isEmpty()) {
            System.err.println("usage: PlanningBenchmark <dir> [accounts] [--warm]");
            System.exit(2);
        }
        Path dir = Path.of(a.get(0));
        int accounts = a.size() > 1 ? Integer.parseInt(a.get(1)) : 1_000_000;
        if (warm) {
            // A JVM that has synced before, as in `serve` mode: the same code paths run once on 20,000 accounts.
            Result w = measure(dir, 20_000, BATCH_MAX);
            System.out.printf("warm-up on 20,000 accounts: plan %.2f s%n", w.planMillis() / 1000.0);
        }
        Result r = measure(dir, accounts, BATCH_MAX);
        System.out.printf("accounts %,d, changed in the source %,d (1 %%)%n", r.accounts(), r.changedInSource());
        if (r.seedMillis() > 0) {
            System.out.printf("set-up (full first sync, not timed below): %.1f s%n", r.seedMillis() / 1000.0);
        }
        System.out.printf("plan (dry run: pull changed, evaluate, plan): wall %.2f s, peak heap %d MiB (max heap %d MiB)%n",
                r.planMillis() / 1000.0, r.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("plan CPU time (all threads of the process): %.2f s; load average at the end %.1f on %d cores%n",
                r.planCpuMillis() / 1000.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("records read %,d, accounts evaluated %,d, records to write %,d%n",
                r.plan().totalRecordsRead(), r.plan().accountsEvaluated(), r.plan().totalRecordsToWrite());
        System.out.printf("sync: %d write calls, minimum ceil(%d / %d) = %d; records written %,d;"
                        + " unchanged records written %d%n", r.syncWriteCalls(), r.plan().totalRecordsToWrite(),
                r.batchMax(), r.minimumCalls(), r.recordsWritten(), r.unchangedRecordsWritten());
    }

    /** @param batchMax the CRM's most updates per call */
    public static Result measure(Path dir, int accounts, int batchMax) {
        Playbook playbook = BenchResources.playbook(BenchResources.STRUCTURED_PLAYBOOK);
        Path seed = dir.resolve("seed-" + accounts);
        long seedMillis = 0;
        if (!Files.exists(seed.resolve("state.mv.db"))) {
            long t = System.nanoTime();
            seed(seed, accounts, playbook);
            seedMillis = (System.nanoTime() - t) / 1_000_000;
        }
        Path run = dir.resolve("run-" + accounts);
        copyDatabase(seed, run);

        JdbcConnectionPool db = pooled(run);
        StateStore store = StateStore.open(db);
        GeneratedCrm crm = new GeneratedCrm(accounts, batchMax);
        crm.holdWhatWasWritten(store);
        crm.changeEveryHundredth();
        SyncEngine engine = engine(store, playbook, crm);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        RunSummary plan = engine.run(RunOptions.DRY_RUN);
        long planMillis = (System.nanoTime() - t) / 1_000_000;
        long planCpuMillis = (processCpuNanos() - cpu) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        crm.resetCounters();
        RunSummary sync = engine.run(RunOptions.SYNC);
        int unchangedWritten = (int) crm.writesPerRecord().keySet().stream()
                .filter(id -> !GeneratedCrm.changes(Integer.parseInt(id.substring(4)))).count();
        int written = crm.writesPerRecord().values().stream().mapToInt(Integer::intValue).sum();
        db.dispose();
        int changedInSource = (accounts + 57) / 100;
        return new Result(accounts, batchMax, changedInSource, seedMillis, planMillis, planCpuMillis, peak, plan, sync, crm.writeCalls(),
                written, unchangedWritten);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static SyncEngine engine(StateStore store, Playbook playbook, GeneratedCrm crm) {
        return new SyncEngine(store, playbook, new TitleParser(), List.of(new SyncConnection(crm, crm)), List.of(),
                EngineSettings.DEFAULTS.withPageSize(2000), Clock.systemUTC(), step -> { });
    }

    /** The full first sync: afterwards the store holds every snapshot, the cursor and every owned value. */
    private static void seed(Path seed, int accounts, Playbook playbook) {
        Path tmp = seed.resolveSibling(seed.getFileName() + ".tmp");
        deleteDatabase(tmp);
        JdbcConnectionPool db = pooled(tmp);
        StateStore store = StateStore.open(db);
        GeneratedCrm crm = new GeneratedCrm(accounts, BATCH_MAX);
        RunSummary first = engine(store, playbook, crm).run(RunOptions.SYNC);
        db.dispose();
        if (first.totalRecordsRead() != accounts) {
            throw new IllegalStateException("set-up read " + first.totalRecordsRead() + " of " + accounts);
        }
        shutdown(tmp);
        try {
            Files.createDirectories(seed);
            Files.move(tmp.resolve("state.mv.db"), seed.resolve("state.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The state store's H2 file behind a connection pool, as the application has it (Hikari there; H2's own pool
     * here): {@link StateStore#h2File} alone opens the file anew for every transaction.
     */
    private static JdbcConnectionPool pooled(Path dir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.toAbsolutePath().resolve("state")
                + ";CACHE_SIZE=" + H2_CACHE_KB, "sa", "");
        pool.setMaxConnections(4);
        return pool;
    }

    /** Closes the H2 file cleanly (compacting it) so it can be copied. */
    private static void shutdown(Path dir) {
        try (var c = StateStore.h2File(dir).getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyDatabase(Path from, Path to) {
        deleteDatabase(to);
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve("state.mv.db"), to.resolve("state.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteDatabase(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve("state.mv.db"));
            Files.deleteIfExists(dir.resolve("state.trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
