package dev.abmbridge.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For a shared, busy machine: how much CPU the benchmark threads (JMH's workers) got per iteration
 * ({@code cpu.cores}, 1.0 = one whole core), and the throughput per CPU-second of those threads
 * ({@code perCpuSecond}): what the benchmark would do with the core to itself. It still runs beside the
 * other load (shared caches, a sibling hyper-thread), so it is an estimate, not a clean measurement.
 * Use with {@code -prof dev.abmbridge.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> cpuStart = new HashMap<>();
    private long wallStart;

    /** CPU time so far of each live JMH worker thread, by thread id. */
    private Map<Long, Long> workerCpu() {
        Map<Long, Long> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                long ns = threads.getThreadCpuTime(t.getId());
                if (ns >= 0) {
                    out.put(t.getId(), ns);
                }
            }
        }
        return out;
    }

    @Override
    public String getDescription() {
        return "process CPU time per iteration, and throughput per CPU-second";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = workerCpu();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                        IterationParams iterationParams, IterationResult result) {
        long cpu = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            cpu += e.getValue() - cpuStart.getOrDefault(e.getKey(), 0L);
        }
        long wall = System.nanoTime() - wallStart;
        List<Result> out = new ArrayList<>();
        if (cpu <= 0 || wall <= 0) {
            return out;
        }
        double cores = (double) cpu / wall;
        out.add(new ScalarResult("cpu.cores", cores, "cores", AggregationPolicy.AVG));
        double score = result.getPrimaryResult().getScore();
        out.add(new ScalarResult("perCpuSecond", score / cores, result.getScoreUnit(), AggregationPolicy.AVG));
        return out;
    }
}
