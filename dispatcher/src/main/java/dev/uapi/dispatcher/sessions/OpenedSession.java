package dev.uapi.dispatcher.sessions;

import static java.util.Objects.requireNonNull;

/**
 * A session just opened: the secret for the {@code cpsession} cookie, which is never stored, and the session.
 *
 * @param secret the cookie's value
 * @param session the stored session
 */
public record OpenedSession(String secret, Session session) {

    /** Checks for nulls. */
    public OpenedSession {
        requireNonNull(secret, "secret is null");
        requireNonNull(session, "session is null");
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "OpenedSession[" + session + "]";
    }
}
