package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * HOTP (RFC 4226) and TOTP (RFC 6238) codes, and the check of a submitted code against a window of steps.
 *
 * <p>Stateless towards callers and safe for use from many threads. Each thread keeps one
 * {@link PrecomputedHmac} per algorithm: looking a hash up through the JCA providers costs more than the HMACs
 * of a check, an HMAC is not thread-safe, and hashing the padded key once per check rather than once per step
 * saves a third of a SHA-512 check (P7 in docs/performance.md).
 */
final class TotpEngine {

    /** Returned by {@link #matchingStep} when no step of the window matches. */
    static final long NO_MATCH = -1;

    private final Map<TotpAlgorithm, ThreadLocal<PerThread>> hmacs = new EnumMap<>(TotpAlgorithm.class);

    /** An engine; it needs nothing but the JDK's hashes. */
    @Inject
    TotpEngine() {
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            hmacs.put(algorithm, ThreadLocal.withInitial(() -> new PerThread(new PrecomputedHmac(algorithm))));
        }
    }

    /**
     * The HOTP value of a counter: the RFC 4226 §5.3 dynamic truncation of the HMAC, reduced to
     * {@code digits} decimal digits and zero-padded.
     *
     * @param key the shared secret's bytes
     * @param algorithm the HMAC
     * @param digits 6 to 8
     * @param counter the moving factor, as an unsigned 64-bit big-endian integer (a TOTP step)
     */
    String code(byte[] key, TotpAlgorithm algorithm, int digits, long counter) {
        PerThread mine = keyed(key, algorithm);
        byte[] code = new byte[digits];
        mine.writeCode(counter, true, code);
        return new String(code, StandardCharsets.US_ASCII);
    }

    /**
     * Checks a submitted code against the steps {@code currentStep - window} to {@code currentStep + window}.
     *
     * <p>Every step of the window is computed and compared in constant time, whether an earlier one matched
     * or not, so the time taken does not tell which digits were right. When a code matches several steps (a
     * chance of about one in a million per pair), the latest is returned: recording the latest as used is
     * what makes sure the same code is never accepted twice.
     *
     * @param key the shared secret's bytes
     * @param parameters algorithm, digits and step length
     * @param submitted the code as ASCII digits, already checked to have {@code parameters.digits()} of them
     * @param currentStep the step of the server's clock
     * @param window how many steps either side to accept
     * @return the latest matching step, or {@link #NO_MATCH}
     */
    long matchingStep(byte[] key, TotpParameters parameters, byte[] submitted, long currentStep, int window) {
        long first = Math.max(0, currentStep - window);
        long last = currentStep + window;
        if (last < first) {
            return NO_MATCH;
        }
        PerThread mine = keyed(key, parameters.algorithm());
        byte[] expected = new byte[parameters.digits()];
        long matched = NO_MATCH;
        try {
            for (long step = first; step <= last; step++) {
                mine.writeCode(step, step == last, expected);
                if (MessageDigest.isEqual(expected, submitted)) {
                    matched = step;
                }
            }
        } finally {
            // the last step's code: not left for the garbage collector to find
            Arrays.fill(expected, (byte) 0);
        }
        return matched;
    }

    private PerThread keyed(byte[] key, TotpAlgorithm algorithm) {
        requireNonNull(key, "key is null");
        PerThread mine = hmacs.get(algorithm).get();
        mine.hmac.key(key);
        return mine;
    }

    /** RFC 4226 §5.3: four bytes at the offset named by the last nibble, without the sign bit. */
    static int truncate(byte[] hmac) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        return (hmac[offset] & 0x7f) << 24
                | (hmac[offset + 1] & 0xff) << 16
                | (hmac[offset + 2] & 0xff) << 8
                | (hmac[offset + 3] & 0xff);
    }

    /** One thread's HMAC and buffers, reused from check to check. */
    private static final class PerThread {

        private final PrecomputedHmac hmac;
        private final byte[] counter = new byte[8];
        private final byte[] mac;

        PerThread(PrecomputedHmac hmac) {
            this.hmac = hmac;
            this.mac = new byte[hmac.length()];
        }

        // Writes the code's ASCII digits into target, whose length is the number of digits.
        void writeCode(long step, boolean last, byte[] target) {
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) step;
                step >>>= 8;
            }
            hmac.mac(counter, last, mac);
            int modulus = 1;
            for (int i = 0; i < target.length; i++) {
                modulus *= 10;
            }
            int value = truncate(mac) % modulus;
            // the code of the step: nothing to leave lying in a long-lived buffer
            Arrays.fill(mac, (byte) 0);
            for (int i = target.length - 1; i >= 0; i--) {
                target[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
        }
    }
}
