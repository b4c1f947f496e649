package dev.abmbridge.bench.planning;

import dev.abmbridge.core.spi.Cursor;
import dev.abmbridge.core.spi.RecordKind;
import dev.abmbridge.core.state.SnapshotWrite;
import dev.abmbridge.core.state.StateStore;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link StateStore#storePage} on PostgreSQL, where every statement is a round trip: 20,000 accounts stored in
 * pages of 2,000 into an empty store (a first sync), then again with every other account changed. Runs in a fresh
 * schema of the given database, dropped afterwards.
 * Usage: {@code java -cp adapter-bench/target/benchmarks.jar
 * dev.abmbridge.bench.planning.PostgresPageStoreBenchmark 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'}
 */
public final class PostgresPageStoreBenchmark {

    private static final int ACCOUNTS = 20_000;
    private static final int PAGE = 2_000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private PostgresPageStoreBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String schema = "abm_page_bench_" + ProcessHandle.current().pid();
        execute(url, "CREATE SCHEMA " + schema);
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setCurrentSchema(schema);
            StateStore store = StateStore.open(ds);
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                int changed = 0;
                for (int first = 0; first < ACCOUNTS; first += PAGE) {
                    changed += store.storePage("crm", page(first, round), RecordKind.ACCOUNT,
                            new Cursor(START.plusSeconds(round * 100_000L + first), "A" + first));
                }
                System.out.printf("%s: %,d accounts in pages of %,d, %,d changed: %.2f s%n",
                        round == 0 ? "empty store" : "every other account changed", ACCOUNTS, PAGE, changed,
                        (System.nanoTime() - t) / 1e9);
            }
        } finally {
            execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static List<SnapshotWrite> page(int first, int round) {
        List<SnapshotWrite> page = new ArrayList<>(PAGE);
        for (int i = first; i < first + PAGE; i++) {
            String hash = round == 1 && i % 2 == 0 ? "h2" : "h1";
            String domain = "d" + i + ".com";
            page.add(new SnapshotWrite(RecordKind.ACCOUNT, "A" + i, "d:" + domain, null, null, START.toString(), hash,
                    "{\"domain\":\"" + domain + "\",\"v\":\"" + hash + "\"}",
                    Map.of("abm_tier", "Tier 1", "abm_fit_score", "90", "abm_intent", "1")));
        }
        return page;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
