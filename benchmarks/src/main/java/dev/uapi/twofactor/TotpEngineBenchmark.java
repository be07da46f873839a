package dev.uapi.twofactor;

import java.nio.charset.StandardCharsets;
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
 * P7: the cost of checking one code against a window of ±1 step (three HMACs), the budget being 2 µs. In the
 * plugin's package, since the engine is internal to it; run by {@code .ci/bench/all} (see the benchmarks POM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TotpEngineBenchmark {

    @Param({"SHA1", "SHA256", "SHA512"})
    public String algorithm;

    private final TotpEngine engine = new TotpEngine();
    private byte[] key;
    private TotpParameters parameters;
    private long step;
    private byte[] rightCode;
    private byte[] wrongCode;

    @Setup
    public void setUp() {
        TotpAlgorithm totpAlgorithm = TotpAlgorithm.valueOf(algorithm);
        key = new byte[20];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 31 + 7);
        }
        parameters = new TotpParameters(totpAlgorithm, 6, 30);
        step = parameters.step(1_234_567_890L);
        rightCode = engine.code(key, totpAlgorithm, 6, step).getBytes(StandardCharsets.US_ASCII);
        wrongCode = "000000".equals(new String(rightCode, StandardCharsets.US_ASCII))
                ? "000001".getBytes(StandardCharsets.US_ASCII)
                : "000000".getBytes(StandardCharsets.US_ASCII);
    }

    /** A right code: the usual case. */
    @Benchmark
    public long checkRightCode() {
        return engine.matchingStep(key, parameters, rightCode, step, 1);
    }

    /** A wrong code: every step computed all the same, so it costs the same. */
    @Benchmark
    public long checkWrongCode() {
        return engine.matchingStep(key, parameters, wrongCode, step, 1);
    }
}
