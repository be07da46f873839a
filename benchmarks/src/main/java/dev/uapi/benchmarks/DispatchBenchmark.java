package dev.uapi.benchmarks;

import dev.uapi.dispatcher.Dispatcher;
import dev.uapi.dispatcher.Envelope;
import dev.uapi.dispatcher.render.EnvelopeRenderer;
import dev.uapi.spi.Account;
import dev.uapi.spi.Arguments;
import dev.uapi.spi.Call;
import dev.uapi.spi.FunctionHandler;
import dev.uapi.spi.Result;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1: what the dispatcher adds to a function call, in process. {@code direct} calls {@code Bench::noop}'s
 * handler itself; {@code dispatch} makes the same call through {@link Dispatcher#call} (name checks, module
 * lookup, account rules, the {@code api.*} split, the envelope); {@code render} renders the resulting envelope
 * as the HTTP body; {@code dispatchAndRender} does both, as a request does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchBenchmark {

    private Dispatcher dispatcher;
    private FunctionHandler handler;
    private Call call;
    private Envelope envelope;

    /** Finds the handler and makes one call, so that every path is warm and checked. */
    @Setup
    public void setUp(HostState host) {
        dispatcher = host.dispatcher();
        handler = BenchPlugin.module().function("noop").orElseThrow().handler();
        call = new Call(new Account("bench", false), BenchPlugin.MODULE, "noop", Arguments.empty());
        envelope = dispatcher.call("bench", BenchPlugin.MODULE, "noop", Arguments.empty());
        if (envelope.status() != 1) {
            throw new IllegalStateException("Bench::noop failed: " + envelope.errors());
        }
    }

    /** The handler alone: the baseline. */
    @Benchmark
    public Result direct() {
        return handler.handle(call);
    }

    /** The same call through the dispatcher. */
    @Benchmark
    public Envelope dispatch() {
        return dispatcher.call("bench", BenchPlugin.MODULE, "noop", Arguments.empty());
    }

    /** The no-op envelope rendered as HTTP's JSON body. */
    @Benchmark
    public byte[] render() {
        return EnvelopeRenderer.json(envelope);
    }

    /** Dispatch and rendering, as an HTTP request does them. */
    @Benchmark
    public byte[] dispatchAndRender() {
        return EnvelopeRenderer.json(dispatcher.call("bench", BenchPlugin.MODULE, "noop", Arguments.empty()));
    }
}
