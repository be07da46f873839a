package dev.uapi.twofactor;

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
 * Where the time of a P7 check goes ({@link TotpEngineBenchmark} measures the whole check): hashing the key's
 * two padded blocks, and the MAC of one step from a copy of that state. A check of ±1 step is about one key
 * and three steps. For looking into P7 by hand; not part of {@code .ci/bench/all}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TotpBreakdownBenchmark {

    @Param({"SHA1", "SHA256", "SHA512"})
    public String algorithm;

    private PrecomputedHmac hmac;
    private final byte[] key = new byte[20];
    private final byte[] counter = new byte[8];
    private byte[] mac;

    @Setup
    public void setUp() {
        hmac = new PrecomputedHmac(TotpAlgorithm.valueOf(algorithm));
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 31 + 7);
        }
        mac = new byte[hmac.length()];
        hmac.key(key);
    }

    /** The key's two padded blocks hashed: once per check. */
    @Benchmark
    public PrecomputedHmac keySetup() {
        hmac.key(key);
        return hmac;
    }

    /** One step's MAC from copies of the keyed state: once per step of the window. */
    @Benchmark
    public byte[] macOfAStep() {
        counter[7]++;
        hmac.mac(counter, false, mac);
        return mac;
    }
}
