package dev.uapi.testkit;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * A {@link SecureRandom} that gives the same bytes for the same seed, so that a test that generates secrets
 * is repeatable. Never use it outside tests: its output is predictable by design.
 *
 * <pre>{@code
 * SecureRandom random = SeededSecureRandom.withSeed(42);
 * }</pre>
 *
 * <p>Safe for use from many threads; the order of bytes then depends on the order of the calls.
 */
public final class SeededSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private SeededSecureRandom(long seed) {
        super(new Spi(seed), null);
    }

    /** A source whose bytes depend only on {@code seed}. */
    public static SeededSecureRandom withSeed(long seed) {
        return new SeededSecureRandom(seed);
    }

    @Override
    public String getAlgorithm() {
        return "SeededForTests";
    }

    @Override
    public String toString() {
        return "SeededSecureRandom";
    }

    private static final class Spi extends SecureRandomSpi {

        private static final long serialVersionUID = 1L;

        private final SplittableRandom random;

        Spi(long seed) {
            this.random = new SplittableRandom(seed);
        }

        // Reseeding would make the output depend on the caller's entropy, which a repeatable test cannot have.
        @Override
        protected void engineSetSeed(byte[] seed) {
        }

        @Override
        protected synchronized void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            byte[] seed = new byte[numBytes];
            engineNextBytes(seed);
            return seed;
        }
    }
}
