package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.rules.AccountInsight;
import dev.abmbridge.core.rules.IcpScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * ICP scoring of one account per operation, so ops/s = accounts/s. The same ten criteria, two
 * disqualifiers and three tiers are scored three ways: compiled structured conditions (ours), every
 * criterion as CEL (through the same scorer), and Drools rules in a stateless session.
 * The accounts are a pre-generated, deterministic array cycled through in order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IcpScoringBenchmark {

    public static final int ACCOUNTS = 1 << 16;
    public static final long SEED = 20240917L;

    Account[] accounts;
    IcpScorer structured;
    IcpScorer cel;
    DroolsIcpScorer drools;
    int next;

    @Setup
    public void setUp() {
        accounts = AccountGenerator.generate(ACCOUNTS, SEED);
        structured = new IcpScorer(BenchResources.playbook(BenchResources.STRUCTURED_PLAYBOOK).icp());
        cel = new IcpScorer(BenchResources.playbook(BenchResources.CEL_PLAYBOOK).icp());
        drools = new DroolsIcpScorer(BenchResources.text(BenchResources.DRL_RULES));
        next = 0;
    }

    @TearDown
    public void tearDown() {
        drools.close();
    }

    private Account nextAccount() {
        Account a = accounts[next];
        next = (next + 1) & (ACCOUNTS - 1);
        return a;
    }

    @Benchmark
    public AccountInsight structured() {
        return structured.score(nextAccount());
    }

    @Benchmark
    public AccountInsight cel() {
        return cel.score(nextAccount());
    }

    @Benchmark
    public DroolsIcpScorer.ScoreCard drools() {
        return drools.score(nextAccount());
    }
}
