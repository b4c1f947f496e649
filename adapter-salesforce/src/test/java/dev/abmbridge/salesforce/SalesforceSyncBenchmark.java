package dev.abmbridge.salesforce;

import dev.abmbridge.core.engine.Checkpoint;
import dev.abmbridge.core.engine.EngineSettings;
import dev.abmbridge.core.engine.RunOptions;
import dev.abmbridge.core.engine.RunSummary;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.engine.SyncEngine;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import dev.abmbridge.core.playbook.Playbook;
import dev.abmbridge.core.playbook.PlaybookLoader;
import dev.abmbridge.core.spi.BulkWriter;
import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.InsightSink;
import dev.abmbridge.core.spi.Outcome;
import dev.abmbridge.core.spi.Page;
import dev.abmbridge.core.spi.RateLimit;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.spi.RecordUpdate;
import dev.abmbridge.core.spi.SourceConnector;
import dev.abmbridge.core.spi.SourceRecord;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.core.title.TitleParser;
import dev.abmbridge.sandbox.Sandbox;
import dev.abmbridge.sandbox.SandboxConfig;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The Speed benchmark of the Salesforce connector (docs/BENCHMARKS.md): a full SyncEngine sync of the sandbox org
 * with a playbook on a fresh H2 state store, then a second sync with nothing changed. It counts the calls the
 * sandbox received per object (query and queryMore pages, update calls, Bulk requests, from the sandbox's ledger,
 * attributed to the object being read or written at the time) and compares them with the minimum: ceil(n ÷ 2000)
 * query pages per object (or one page and a Bulk query job), the fewest write calls per object (see
 * {@link Result#minimumWriteCalls}), no write call in the second sync.
 *
 * <p>{@code main} arguments: {@code [accounts] [contacts] [playbook] [bulk read threshold] [bulk write threshold]};
 * defaults 50,000, 200,000, {@code examples/playbook.yml} and the connector's default thresholds. Every generated company is a Salesforce account (shared share 1.0), so the org holds
 * exactly the numbers asked for.
 */
public final class SalesforceSyncBenchmark {

    static final int PAGE = 2000;

    /** Calls of one object in one run, as the sandbox counted them. */
    static final class ObjectCalls {
        long records;
        long queries;
        long queryMores;
        long updateCalls;
        long recordsWritten;
        long bulkCalls;
        long bulkResultFiles;
        long bulkWriteCalls;
        long bulkJobs;

        long pages() {
            return queries + queryMores;
        }

        /**
         * SOAP only: ceil(n ÷ 2000) pages. Through Bulk: one SOAP page, then createJob, createBatch, closeJob, one poll,
         * the result list and one request per result file.
         */
        boolean minimalReads() {
            if (bulkCalls == 0) {
                return pages() == Result.minimumPages(records);
            }
            return queries == 1 && queryMores == 0 && bulkCalls == 5 + bulkResultFiles;
        }
    }

    /** One run's figures. */
    record RunFigures(RunSummary summary, Map<RecordKind, ObjectCalls> calls, long describeCalls, long otherCalls,
                      Duration wall) {

        long writeCalls() {
            return calls.values().stream().mapToLong(c -> c.updateCalls + c.bulkWriteCalls).sum();
        }
    }

    /** Both runs. */
    record Result(int accounts, int contacts, int bulkWriteThreshold, RunFigures first, RunFigures second) {

        /** A Bulk update job of one batch when nothing goes wrong: createJob, createBatch, closeJob, one poll, one result. */
        static final int BULK_JOB_CALLS = 5;

        static long minimumPages(long records) {
            return Math.max(1, (records + PAGE - 1) / PAGE);
        }

        static long minimumUpdates(long changed) {
            return (changed + SalesforceInsightSink.MAX_RECORDS_PER_CALL - 1) / SalesforceInsightSink.MAX_RECORDS_PER_CALL;
        }

        /**
         * The fewest write calls for {@code written} records of one object: the engine hands the sink up to 10,000 at
         * a time; a hand-over of more than the Bulk write threshold is one Bulk job of one batch
         * ({@value #BULK_JOB_CALLS} calls), a smaller one (a small run, or the rest of a large one) goes in SOAP updates
         * of 200. With Bulk writes off (threshold 0) it is ceil(written ÷ 200).
         */
        static long minimumWriteCalls(long written, int bulkWriteThreshold) {
            if (bulkWriteThreshold <= 0) {
                return minimumUpdates(written);
            }
            long calls = 0;
            for (long left = written; left > 0; left -= SalesforceBulkWriter.MAX_RECORDS_PER_BATCH) {
                long handed = Math.min(left, SalesforceBulkWriter.MAX_RECORDS_PER_BATCH);
                calls += handed > bulkWriteThreshold ? BULK_JOB_CALLS : minimumUpdates(handed);
            }
            return calls;
        }

        /** True when every object's pages and write calls equal the minimum and the second run wrote nothing. */
        boolean minimal() {
            for (RunFigures run : List.of(first, second)) {
                for (ObjectCalls c : run.calls().values()) {
                    if (!c.minimalReads() || c.updateCalls + c.bulkWriteCalls != minimumWriteCalls(c.recordsWritten, bulkWriteThreshold)) {
                        return false;
                    }
                }
            }
            return second.writeCalls() == 0;
        }
    }

    private SalesforceSyncBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 50_000;
        int contacts = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 200_000;
        Path playbook = Path.of(args.length > 2 ? args[2] : "examples/playbook.yml");
        int bulkThreshold = args.length > 3 ? Integer.parseInt(args[3].replace("_", "")) : SalesforceConfig.DEFAULT_BULK_READ_THRESHOLD;
        int bulkWriteThreshold = args.length > 4 ? Integer.parseInt(args[4].replace("_", "")) : SalesforceConfig.DEFAULT_BULK_WRITE_THRESHOLD;
        Result result = run(accounts, contacts, new PlaybookLoader().load(playbook), bulkThreshold, bulkWriteThreshold, System.out);
        System.out.println(result.minimal() ? "RESULT: calls == minimum in both runs; second run made no write call"
                : "RESULT: NOT minimal");
        if (!result.minimal()) {
            System.exit(1);
        }
    }

    static Result run(int accounts, int contacts, Playbook playbook, int bulkReadThreshold, int bulkWriteThreshold, PrintStream out)
            throws IOException {
        Path stateDir = Files.createTempDirectory("abm-sf-bench-");
        SandboxConfig defaults = SandboxConfig.defaults();
        SandboxConfig config = new SandboxConfig(accounts, contacts, defaults.seed(), 1.0, Clock.systemUTC(),
                defaults.salesforceDailyApiLimit() * 100, defaults.salesforceSessionLifetime(), defaults.hubSpotTenSecondLimit(),
                defaults.hubSpotDailyLimit(), defaults.hubSpotSearchPerSecond(), defaults.linkedInTokenLifetime(),
                defaults.linkedInUsersPerMinute(), defaults.linkedInCompaniesPerMinute(), defaults.salesforceFaults(),
                defaults.hubSpotFaults(), defaults.linkedInFaults());
        long t0 = System.nanoTime();
        try (Sandbox sandbox = Sandbox.start(config)) {
            int sfAccounts = sandbox.salesforce().org().accounts().size();
            int sfContacts = sandbox.salesforce().org().contacts().size();
            out.printf(Locale.ROOT, "sandbox: %,d accounts, %,d contacts in the org, started in %.1f s%n", sfAccounts, sfContacts,
                    (System.nanoTime() - t0) / 1e9);
            SalesforceConnector connector = SalesforceTestOrg.connector(sandbox,
                    SalesforceTestOrg.config(sandbox).withBulkReadThreshold(bulkReadThreshold).withBulkWriteThreshold(bulkWriteThreshold));
            out.printf(Locale.ROOT, "bulk read threshold: %,d records, bulk write threshold: %,d records%n", bulkReadThreshold,
                    bulkWriteThreshold);
            SalesforceSetupResult setup = connector.schemaSetup().apply();
            if (!setup.succeeded()) {
                throw new IllegalStateException("setup failed: " + setup);
            }
            CountingSource source = new CountingSource(connector.source(), sandbox.ledger());
            CountingSink sink = new CountingSink(connector.sink(), sandbox.ledger());
            EngineSettings settings = EngineSettings.DEFAULTS.withPageSize(PAGE);
            DataSource db = h2File(stateDir);
            StateStore store = StateStore.open(db);
            SyncEngine engine = new SyncEngine(store, playbook, new TitleParser(),
                    List.of(new SyncConnection(source, sink)), List.of(), settings, Clock.systemUTC(), Checkpoint.NONE);
            RunFigures first = measure("first sync (fresh H2 state store)", engine, sandbox.ledger(), source, sink,
                    bulkWriteThreshold, out);
            RunFigures second = measure("second sync (no change)", engine, sandbox.ledger(), source, sink, bulkWriteThreshold, out);
            shutdown(db);
            return new Result(sfAccounts, sfContacts, bulkWriteThreshold, first, second);
        } finally {
            deleteTree(stateDir);
        }
    }

    private static RunFigures measure(String label, SyncEngine engine, ApiCallLedger ledger, CountingSource source,
                                      CountingSink sink, int bulkWriteThreshold, PrintStream out) {
        ledger.reset();
        Map<RecordKind, ObjectCalls> calls = new EnumMap<>(RecordKind.class);
        calls.put(RecordKind.ACCOUNT, new ObjectCalls());
        calls.put(RecordKind.CONTACT, new ObjectCalls());
        source.calls = calls;
        sink.calls = calls;
        resetPeaks();
        long start = System.nanoTime();
        RunSummary summary = engine.run(RunOptions.SYNC);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long peak = peakHeap();
        long attributed = calls.values().stream().mapToLong(c -> c.pages() + c.updateCalls + c.bulkCalls + c.bulkWriteCalls).sum();
        long describe = ledger.calls("salesforce", "describeSObjects") + ledger.calls("salesforce", "describeSObject");
        long other = ledger.calls("salesforce") - attributed - describe;
        RunFigures figures = new RunFigures(summary, calls, describe, other, wall);
        out.printf(Locale.ROOT, "%n== %s: wall %.1f s, peak heap %d MiB (max %d MiB)%n", label, wall.toMillis() / 1000.0,
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-8s %9s %7s %10s %9s %10s %9s %8s %16s %9s%n", "object", "read", "query", "queryMore", "min pages",
                "bulk calls", "written", "updates", "bulk write calls", "min write");
        calls.forEach((kind, c) -> out.printf(Locale.ROOT, "%-8s %,9d %7d %10d %9d %10s %,9d %8d %16s %9d%n",
                SalesforceDescribe.objectName(kind), c.records, c.queries, c.queryMores, Result.minimumPages(c.records),
                c.bulkCalls == 0 ? "-" : c.bulkCalls + " (" + c.bulkResultFiles + " file" + (c.bulkResultFiles == 1 ? ")" : "s)"),
                c.recordsWritten, c.updateCalls,
                c.bulkWriteCalls == 0 ? "-" : c.bulkWriteCalls + " (" + c.bulkJobs + " job" + (c.bulkJobs == 1 ? ")" : "s)"),
                Result.minimumWriteCalls(c.recordsWritten, bulkWriteThreshold)));
        out.printf(Locale.ROOT, "other calls: %d describe, %d else; records to write %,d, written %s, dead letters %s, "
                        + "sink calls (engine) %s%n", describe, other, summary.totalRecordsToWrite(), summary.recordsWritten(),
                summary.deadLettered(), summary.sinkCalls());
        return figures;
    }

    /**
     * A new H2 database file, kept open while the JVM runs (as a connection pool would keep it): without
     * {@code DB_CLOSE_DELAY} H2 closes, compacts and reopens the file around every transaction of the engine.
     */
    private static DataSource h2File(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("state") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static void shutdown(DataSource db) {
        try (var connection = db.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Attributes the sandbox's query and queryMore calls made during each page to the object read. */
    static final class CountingSource implements SourceConnector {
        private final SalesforceSource delegate;
        private final ApiCallLedger ledger;
        Map<RecordKind, ObjectCalls> calls;

        CountingSource(SalesforceSource delegate, ApiCallLedger ledger) {
            this.delegate = delegate;
            this.ledger = ledger;
        }

        @Override
        public String system() {
            return delegate.system();
        }

        @Override
        public Page<Account> accounts(Cursor after, int pageSize) {
            return counted(RecordKind.ACCOUNT, () -> delegate.accounts(after, pageSize));
        }

        @Override
        public Page<Contact> contacts(Cursor after, int pageSize) {
            return counted(RecordKind.CONTACT, () -> delegate.contacts(after, pageSize));
        }

        @Override
        public List<SourceRecord<?>> read(RecordKind kind, Collection<String> ids) {
            return delegate.read(kind, ids);
        }

        private <T> Page<T> counted(RecordKind kind, Supplier<Page<T>> read) {
            long queries = ledger.calls("salesforce", "query");
            long mores = ledger.calls("salesforce", "queryMore");
            long bulk = bulkCalls(ledger);
            long files = ledger.calls("salesforce", "bulk:getQueryResult");
            Page<T> page = read.get();
            ObjectCalls c = calls.get(kind);
            c.bulkCalls += bulkCalls(ledger) - bulk;
            c.bulkResultFiles += ledger.calls("salesforce", "bulk:getQueryResult") - files;
            c.queries += ledger.calls("salesforce", "query") - queries;
            c.queryMores += ledger.calls("salesforce", "queryMore") - mores;
            c.records += page.records().size();
            return page;
        }
    }

    private static long bulkCalls(ApiCallLedger ledger) {
        return ledger.tallies().stream().filter(t -> t.system().equals("salesforce") && t.operation().startsWith("bulk:"))
                .mapToLong(t -> t.calls()).sum();
    }

    /** Attributes the sandbox's update calls and Bulk requests made during each write to the object written. */
    static final class CountingSink implements InsightSink {
        private final InsightSink delegate;
        private final ApiCallLedger ledger;
        Map<RecordKind, ObjectCalls> calls;

        CountingSink(InsightSink delegate, ApiCallLedger ledger) {
            this.delegate = delegate;
            this.ledger = ledger;
        }

        @Override
        public String system() {
            return delegate.system();
        }

        @Override
        public int maxBatchSize() {
            return delegate.maxBatchSize();
        }

        @Override
        public RateLimit rateLimit() {
            return delegate.rateLimit();
        }

        @Override
        public Optional<BulkWriter> bulkWriter() {
            return delegate.bulkWriter().map(CountingBulkWriter::new);
        }

        @Override
        public List<Outcome> write(List<RecordUpdate> updates) {
            long before = ledger.calls("salesforce", "update");
            List<Outcome> outcomes = delegate.write(updates);
            RecordKind kind = updates.get(0).kind();
            ObjectCalls c = calls.get(kind);
            c.updateCalls += ledger.calls("salesforce", "update") - before;
            c.recordsWritten += updates.size();
            return outcomes;
        }

        private final class CountingBulkWriter implements BulkWriter {
            private final BulkWriter bulk;

            CountingBulkWriter(BulkWriter bulk) {
                this.bulk = bulk;
            }

            @Override
            public int maxUpdates() {
                return bulk.maxUpdates();
            }

            @Override
            public int threshold() {
                return bulk.threshold();
            }

            @Override
            public int minCallsPerWrite() {
                return bulk.minCallsPerWrite();
            }

            @Override
            public long callsMade() {
                return bulk.callsMade();
            }

            @Override
            public List<Outcome> write(List<RecordUpdate> updates) {
                long before = bulkCalls(ledger);
                long jobs = ledger.calls("salesforce", "bulk:createJob");
                try {
                    return bulk.write(updates);
                } finally {
                    ObjectCalls c = calls.get(updates.get(0).kind());
                    c.bulkWriteCalls += bulkCalls(ledger) - before;
                    c.bulkJobs += ledger.calls("salesforce", "bulk:createJob") - jobs;
                    c.recordsWritten += updates.size();
                }
            }
        }
    }
}
