package dev.uapi.dispatcher.sessions;

import static java.util.Objects.requireNonNull;

/**
 * A signed-in (or half signed-in) session as stored: never its secret.
 *
 * @param account the account
 * @param securityToken {@code /cpsess} and ten digits: the prefix of every URL of the session
 * @param createdAt when the password was accepted, epoch seconds
 * @param seenAt the last request, epoch seconds (written at most once a minute)
 * @param verified whether every step of the login passed; false while the second step is pending
 */
public record Session(String account, String securityToken, long createdAt, long seenAt, boolean verified) {

    /** Checks for nulls. */
    public Session {
        requireNonNull(account, "account is null");
        requireNonNull(securityToken, "securityToken is null");
    }

    /** The same session, seen at another time. */
    Session seen(long now) {
        return new Session(account, securityToken, createdAt, now, verified);
    }
}
