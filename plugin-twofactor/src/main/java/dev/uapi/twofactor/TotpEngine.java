package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HOTP (RFC 4226) and TOTP (RFC 6238) codes, and the check of a submitted code against a window of steps.
 *
 * <p>Stateless towards callers and safe for use from many threads. Each thread keeps one {@link Mac} per
 * algorithm: looking a MAC up through the JCA providers costs more than the three HMACs of a check, and a
 * {@code Mac} is not thread-safe, so neither one shared instance nor one per step will do.
 */
final class TotpEngine {

    /** Returned by {@link #matchingStep} when no step of the window matches. */
    static final long NO_MATCH = -1;

    private final Map<TotpAlgorithm, ThreadLocal<Mac>> macs = new EnumMap<>(TotpAlgorithm.class);

    /** An engine; it needs nothing but the JDK's MACs. */
    @Inject
    TotpEngine() {
        for (TotpAlgorithm algorithm : TotpAlgorithm.values()) {
            macs.put(algorithm, ThreadLocal.withInitial(() -> newMac(algorithm)));
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
        Mac mac = keyed(key, algorithm);
        byte[] code = new byte[digits];
        writeCode(mac, counter, code);
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
        Mac mac = keyed(key, parameters.algorithm());
        byte[] expected = new byte[parameters.digits()];
        long matched = NO_MATCH;
        for (long step = currentStep - window; step <= currentStep + window; step++) {
            if (step < 0) {
                continue;
            }
            writeCode(mac, step, expected);
            if (MessageDigest.isEqual(expected, submitted)) {
                matched = step;
            }
        }
        return matched;
    }

    private Mac keyed(byte[] key, TotpAlgorithm algorithm) {
        requireNonNull(key, "key is null");
        Mac mac = macs.get(algorithm).get();
        try {
            // init replaces the previous key and resets the MAC, so the per-thread instance carries nothing over
            mac.init(new SecretKeySpec(key, algorithm.macName()));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable TOTP key for " + algorithm, e);
        }
        return mac;
    }

    // Writes the code's ASCII digits into target, whose length is the number of digits.
    private static void writeCode(Mac mac, long counter, byte[] target) {
        byte[] message = {
            (byte) (counter >>> 56), (byte) (counter >>> 48), (byte) (counter >>> 40), (byte) (counter >>> 32),
            (byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
        };
        int modulus = 1;
        for (int i = 0; i < target.length; i++) {
            modulus *= 10;
        }
        int value = truncate(mac.doFinal(message)) % modulus;
        for (int i = target.length - 1; i >= 0; i--) {
            target[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** RFC 4226 §5.3: four bytes at the offset named by the last nibble, without the sign bit. */
    static int truncate(byte[] hmac) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        return (hmac[offset] & 0x7f) << 24
                | (hmac[offset + 1] & 0xff) << 16
                | (hmac[offset + 2] & 0xff) << 8
                | (hmac[offset + 3] & 0xff);
    }

    private static Mac newMac(TotpAlgorithm algorithm) {
        try {
            return Mac.getInstance(algorithm.macName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no " + algorithm.macName(), e);
        }
    }
}
