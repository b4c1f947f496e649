package dev.abmbridge.bench;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * For a shared, busy machine: how much CPU the benchmark JVM got per iteration ({@code cpu.cores}, 1.0 =
 * one whole core) and the throughput per CPU-second of the process ({@code perCpuSecond}). The process
 * time includes JIT and GC threads, so the second figure is a conservative estimate of what one
 * uncontended core would do. Use with {@code -prof dev.abmbridge.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "process CPU time per iteration, and throughput per CPU-second";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = os.getProcessCpuTime();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                        IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuStart;
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
