package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

/**
 * What an authenticator app and the server must agree on to produce the same codes, besides the secret.
 * Stored with each configuration, so that changing the settings later does not break accounts already
 * enrolled.
 *
 * @param algorithm the HMAC
 * @param digits the length of a code, 6 to 8
 * @param periodSeconds the length of a time step, counted from the Unix epoch
 */
record TotpParameters(TotpAlgorithm algorithm, int digits, int periodSeconds) {

    /** SHA-1, 6 digits, 30 seconds: what every authenticator app assumes when told nothing else. */
    static final TotpParameters DEFAULTS = new TotpParameters(TotpAlgorithm.SHA1, 6, 30);

    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 8;

    /** Checks the ranges. */
    TotpParameters {
        requireNonNull(algorithm, "algorithm is null");
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be from 6 to 8: " + digits);
        }
        if (periodSeconds < 1) {
            throw new IllegalArgumentException("periodSeconds must be positive: " + periodSeconds);
        }
    }

    /** The time step that contains {@code epochSecond}. */
    long step(long epochSecond) {
        return Math.floorDiv(epochSecond, periodSeconds);
    }
}
