package dev.tandem.bench;

import dev.tandem.screening.core.list.ListVersion;
import dev.tandem.screening.core.match.Hit;
import dev.tandem.screening.core.match.NameQuery;
import dev.tandem.screening.core.match.ScreeningIndex;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Matcher benchmarks with the UN list and the OFAC 2021 SDN list loaded together (about 10,000 entries, 27,000 names):
 * one name at a time (sample time: median and p99), a batch on two threads (names per second), and building the
 * index. The query mix is {@link BenchmarkQueries}. Run (see docs/performance.md):
 * {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.openjdk.jmh.Main MatcherBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MatcherBenchmark {

    private List<ListVersion> lists;
    private ScreeningIndex index;
    private NameQuery[] queries;

    /** Each benchmark thread walks the query mix from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        NameQuery next(NameQuery[] queries) {
            NameQuery q = queries[next];
            next = next + 1 == queries.length ? 0 : next + 1;
            return q;
        }
    }

    @Setup
    public void setUp() {
        lists = List.of(Lists.un(Lists.UN_XML), Lists.ofac(Lists.OFAC_SDN_CSV));
        index = ScreeningIndex.build(lists);
        queries = BenchmarkQueries.load();
    }

    /** One name, default threshold: the latency a user waits for. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Hit> oneName(Cursor cursor) {
        return index.screen(cursor.next(queries));
    }

    /** A batch screened by two threads: names per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public List<Hit> batchOnTwoThreads(Cursor cursor) {
        return index.screen(cursor.next(queries));
    }

    /** Building the index of both lists from parsed list versions. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, batchSize = 1)
    @Measurement(iterations = 5, batchSize = 1)
    public ScreeningIndex buildIndex() {
        return ScreeningIndex.build(lists);
    }
}
