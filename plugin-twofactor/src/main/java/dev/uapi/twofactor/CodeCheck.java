package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The outcome of checking a security code.
 *
 * @param outcome accepted, refused or locked
 * @param lockedUntil when the lock ends; null unless {@link Outcome#LOCKED}
 */
record CodeCheck(Outcome outcome, Instant lockedUntil) {

    /** What became of a code. */
    enum Outcome {
        /** Right, within the window, and of a step not used before; the step is now used. */
        ACCEPTED,
        /** Malformed, wrong, or replayed. */
        REFUSED,
        /** Not checked: the account's code checks are locked after too many wrong codes. */
        LOCKED
    }

    private static final CodeCheck ACCEPTED = new CodeCheck(Outcome.ACCEPTED, null);
    private static final CodeCheck REFUSED = new CodeCheck(Outcome.REFUSED, null);

    /** Checks that a lock, and only a lock, has an end. */
    CodeCheck {
        requireNonNull(outcome, "outcome is null");
        if ((outcome == Outcome.LOCKED) != (lockedUntil != null)) {
            throw new IllegalArgumentException("lockedUntil goes with LOCKED only: " + outcome + ", " + lockedUntil);
        }
    }

    static CodeCheck accepted() {
        return ACCEPTED;
    }

    static CodeCheck refused() {
        return REFUSED;
    }

    static CodeCheck locked(Instant until) {
        return new CodeCheck(Outcome.LOCKED, requireNonNull(until, "until is null"));
    }
}
