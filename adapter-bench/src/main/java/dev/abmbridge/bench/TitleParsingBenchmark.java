package dev.abmbridge.bench;

import dev.abmbridge.core.title.ParsedTitle;
import dev.abmbridge.core.title.TitleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Title parsing of one title per operation, so ops/s = titles/s, cycling through a pre-generated,
 * deterministic corpus of varied titles (five languages, abbreviations, noise, ALL CAPS).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TitleParsingBenchmark {

    public static final int TITLES = 1 << 12;
    public static final long SEED = 42L;

    String[] titles;
    TitleParser parser;
    int next;

    @Setup
    public void setUp() {
        titles = TitleCorpus.generate(TITLES, SEED);
        parser = new TitleParser();
        next = 0;
    }

    @Benchmark
    public ParsedTitle parse() {
        String t = titles[next];
        next = (next + 1) & (TITLES - 1);
        return parser.parse(t);
    }
}
