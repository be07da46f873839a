package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.sessions.OpenedSession;
import java.time.Instant;

/**
 * What became of a login or of its second step.
 *
 * @param kind what happened
 * @param session the session opened, for {@link Kind#SIGNED_IN} and {@link Kind#SECOND_STEP}; otherwise null
 * @param message for the person: the second step's or the lock's sentence; empty otherwise
 * @param lockedUntil the end of a lock, for {@link Kind#LOCKED}; otherwise null
 */
public record LoginOutcome(Kind kind, OpenedSession session, String message, Instant lockedUntil) {

    /** What happened. */
    public enum Kind {
        /** Every step passed: a verified session. */
        SIGNED_IN,
        /** The password was right and a second step is needed: a session that can do nothing else. */
        SECOND_STEP,
        /** The user name or the password is wrong (the person is not told which). */
        INVALID,
        /** The second step's code was refused; {@link #message} says why. */
        FACTOR_REFUSED,
        /** Too many failures: the address, the account name or the second step is locked. */
        LOCKED
    }

    /** Checks for nulls. */
    public LoginOutcome {
        requireNonNull(kind, "kind is null");
        requireNonNull(message, "message is null");
    }

    static LoginOutcome signedIn(OpenedSession session) {
        return new LoginOutcome(Kind.SIGNED_IN, requireNonNull(session, "session is null"), "", null);
    }

    static LoginOutcome secondStep(OpenedSession session) {
        return new LoginOutcome(Kind.SECOND_STEP, requireNonNull(session, "session is null"), "", null);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Kind.INVALID, null, "The login is invalid.", null);
    }

    static LoginOutcome refused(String message) {
        return new LoginOutcome(Kind.FACTOR_REFUSED, null, message, null);
    }

    static LoginOutcome locked(String message, Instant until) {
        return new LoginOutcome(Kind.LOCKED, null, message, until);
    }
}
