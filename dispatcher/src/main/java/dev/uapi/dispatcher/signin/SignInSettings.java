package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long sessions last and how failed logins are limited: the {@code server.sign_in} section of
 * {@code uapi.yaml}. See {@code docs/signing-in.md}.
 *
 * @param idleTimeout a session ends after this long without a request (cPanel: 24 h)
 * @param maxLifetime a session ends this long after the password was accepted, however busy
 * @param pendingTimeout a login waiting for its second step ends after this long (cPanel: 5 min)
 * @param addressFailures failed logins from one client address that lock it (cPHulk: 5)
 * @param addressLock how long an address stays locked, and the window its failures are counted in (15 min)
 * @param accountFailures failed logins of one account name that lock it (cPHulk: 15)
 * @param accountLock how long an account name stays locked, and the window of its failures (5 min)
 */
public record SignInSettings(
        Duration idleTimeout,
        Duration maxLifetime,
        Duration pendingTimeout,
        int addressFailures,
        Duration addressLock,
        int accountFailures,
        Duration accountLock) {

    /** cPanel's and cPHulk's defaults, and sessions of at most 7 days. */
    public static final SignInSettings DEFAULTS = new SignInSettings(Duration.ofHours(24), Duration.ofDays(7),
            Duration.ofMinutes(5), 5, Duration.ofMinutes(15), 15, Duration.ofMinutes(5));

    /** Checks for nulls and positive counts. */
    public SignInSettings {
        requireNonNull(idleTimeout, "idleTimeout is null");
        requireNonNull(maxLifetime, "maxLifetime is null");
        requireNonNull(pendingTimeout, "pendingTimeout is null");
        requireNonNull(addressLock, "addressLock is null");
        requireNonNull(accountLock, "accountLock is null");
        if (addressFailures < 1 || accountFailures < 1) {
            throw new IllegalArgumentException("failure limits must be at least 1");
        }
    }
}
