package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link SignInFactor} made of a code.
 *
 * @param outcome accepted, refused or locked
 * @param message for the person signing in: empty when accepted; otherwise what went wrong, such as
 *     {@code The security code is invalid.}
 */
public record SignInCheck(Outcome outcome, String message) {

    /** What became of a code. */
    public enum Outcome {
        /** The code is right and is now used up: the login goes on. */
        ACCEPTED,
        /** The code is malformed, wrong or already used. */
        REFUSED,
        /** The code was not checked: the account's checks are locked for a while. */
        LOCKED
    }

    /** Checks for nulls. */
    public SignInCheck {
        requireNonNull(outcome, "outcome is null");
        requireNonNull(message, "message is null");
    }

    /** The code is accepted. */
    public static SignInCheck accepted() {
        return new SignInCheck(Outcome.ACCEPTED, "");
    }

    /** The code is refused, with what to tell the person. */
    public static SignInCheck refused(String message) {
        return new SignInCheck(Outcome.REFUSED, message);
    }

    /** The account is locked, with what to tell the person (when to try again). */
    public static SignInCheck locked(String message) {
        return new SignInCheck(Outcome.LOCKED, message);
    }
}
