package dev.uapi.benchmarks;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.internal.ApiArguments;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.PlainData;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P8: the {@code api.*} transforms over a list of {@code count} records, through the dispatcher.
 * {@code filterSortPage} keeps the records with a size above 500,000 (about half), sorts them by size as
 * numbers and returns the first page of 50; {@code noApiArguments} returns the whole list untouched;
 * {@code direct} calls the handler alone (the list is made once, so it costs nothing): the baseline.
 *
 * <p>What a list without {@code api.*} arguments costs, in two parts: {@code boundaryCopy} is the handler and
 * the host's plain-data copy of its list (issue 9: every list is checked and copied, with or without
 * {@code api.*}), and {@code apiLayerUnused} is the {@code api.*} layer alone on that copied list when the call
 * has no {@code api.*} argument.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TransformBenchmark {

    @Param({"100000", "1000000"})
    public int count;

    private Dispatcher dispatcher;
    private final ApiArguments apiArguments = new ApiArguments();
    private Envelope copied;
    private Arguments plain;
    private Arguments filterSortPage;

    /** Makes the records and checks that each call does what it says. */
    @Setup
    public void setUp(HostState host) {
        dispatcher = host.dispatcher();
        plain = Arguments.of(Map.of("count", Integer.toString(count)));
        filterSortPage = Arguments.builder()
                .add("count", Integer.toString(count))
                .add("api.filter_column", "size")
                .add("api.filter_type", "gt")
                .add("api.filter_term", "500000")
                .add("api.sort_column", "size")
                .add("api.sort_method", "numeric")
                .add("api.paginate_size", "50")
                .build();
        List<?> page = (List<?>) checked(filterSortPage).data();
        copied = checked(plain);
        List<?> all = (List<?>) copied.data();
        if (page.size() != 50 || all.size() != count) {
            throw new IllegalStateException("unexpected sizes: page " + page.size() + ", whole list " + all.size());
        }
    }

    private Envelope checked(Arguments arguments) {
        Envelope envelope = dispatcher.call("bench", BenchPlugin.MODULE, "records", arguments);
        if (envelope.status() != 1) {
            throw new IllegalStateException("Bench::records failed: " + envelope.errors());
        }
        return envelope;
    }

    /** Filter, numeric sort and a page of 50. */
    @Benchmark
    public Envelope filterSortPage() {
        return dispatcher.call("bench", BenchPlugin.MODULE, "records", filterSortPage);
    }

    /** The same list without any {@code api.*} argument. */
    @Benchmark
    public Envelope noApiArguments() {
        return dispatcher.call("bench", BenchPlugin.MODULE, "records", plain);
    }

    /** The handler and the plain-data copy of its list, as the dispatcher makes it for every list. */
    @Benchmark
    public Object boundaryCopy() {
        return PlainData.copy(BenchRecords.of(count), "data");
    }

    /** The {@code api.*} layer on a copied list when the call has no {@code api.*} argument. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Envelope apiLayerUnused() {
        return apiArguments.transform(copied, Map.of());
    }

    /** The handler alone. */
    @Benchmark
    public Object direct() {
        return BenchRecords.of(count);
    }
}
