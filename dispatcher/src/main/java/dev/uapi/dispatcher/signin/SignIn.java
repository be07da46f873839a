package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.passwords.PasswordStore;
import dev.uapi.dispatcher.sessions.OpenedSession;
import dev.uapi.dispatcher.sessions.Session;
import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.dispatcher.signin.SignInEvents.Event;
import dev.uapi.spi.SignInCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * cPanel's login, independent of HTTP: the lock checks, the password, the second step a module offers, and
 * the session that follows; then, for each request, whether its session is alive.
 *
 * <p>Order of a login: a locked address or account name is refused before the password is looked at (so the
 * answer is the same whether the account exists); a wrong password is counted against both; a right one asks
 * the {@link SignInFactors} whether the account needs a second step, and either checks the code sent with it
 * or opens a session that can do nothing but the second step. Safe for use from many threads.
 */
public final class SignIn {

    private static final DateTimeFormatter LOCK_END =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final long TOUCH_SECONDS = 60;
    /** Longer than any account name; a longer "user" is a wrong login without a store read. */
    private static final int MAX_USER_LENGTH = 255;

    private final PasswordStore passwords;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final SignInFactors factors;
    private final SignInSettings settings;
    private final SignInEvents events;
    private final Clock clock;

    /**
     * @param passwords the accounts' passwords
     * @param sessions where sessions live
     * @param throttle the failed-login limits
     * @param factors the second steps the modules offer
     * @param settings lifetimes and limits
     * @param events where logins are logged and counted
     * @param clock the time
     */
    public SignIn(PasswordStore passwords, SessionStore sessions, LoginThrottle throttle, SignInFactors factors,
            SignInSettings settings, SignInEvents events, Clock clock) {
        this.passwords = requireNonNull(passwords, "passwords is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.throttle = requireNonNull(throttle, "throttle is null");
        this.factors = requireNonNull(factors, "factors is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.events = requireNonNull(events, "events is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * A login: {@code user} and {@code pass}, and, for scripts, the second step's code in the same request.
     *
     * @param user the account name as sent; may be null
     * @param password the password as sent; may be null; cleared before returning
     * @param code the second step's code ({@code tfa_token}), or null to ask for it on a page
     * @param address the client's address, for the limits and the log
     */
    public LoginOutcome login(String user, char[] password, String code, String address) {
        try {
            return attempt(user == null ? "" : user, password == null ? new char[0] : password, code, address);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private LoginOutcome attempt(String user, char[] password, String code, String address) {
        Instant now = clock.instant();
        Optional<Instant> lock = throttle.lockedUntil(address, user, now);
        if (lock.isPresent()) {
            events.record(Event.LOCKED, user, address);
            return locked(lock.get());
        }
        boolean valid = !user.isEmpty() && user.length() <= MAX_USER_LENGTH && password.length > 0
                && passwords.matches(user, password);
        if (!valid) {
            events.record(Event.FAILURE, user, address);
            throttle.recordFailure(address, user, now).ifPresent(until -> events.record(Event.LOCK_SET, user, address));
            return LoginOutcome.invalid();
        }
        throttle.recordSuccess(user, now);
        Optional<SignInFactors.Named> factor;
        try {
            factor = factors.requiredFor(user);
        } catch (SignInFactors.FactorUnavailable e) {
            return LoginOutcome.refused(e.getMessage());
        }
        if (factor.isEmpty()) {
            return signedIn(user, address);
        }
        if (code == null) {
            events.record(Event.SECOND_STEP_ASKED, user, address);
            return LoginOutcome.secondStep(sessions.open(user, false));
        }
        return checkCode(factor.get(), user, code, address, null);
    }

    /**
     * The second step of a session opened by {@link #login} without a code: on a right code, the half session
     * ends and a verified one (new secret, new security token) takes its place.
     *
     * @param secret the half session's cookie
     * @param session the half session, as {@link #session} found it
     * @param code the {@code tfatoken} as typed
     */
    public LoginOutcome secondStep(String secret, Session session, String code, String address) {
        requireNonNull(session, "session is null");
        Optional<SignInFactors.Named> factor;
        try {
            factor = factors.requiredFor(session.account());
        } catch (SignInFactors.FactorUnavailable e) {
            return LoginOutcome.refused(e.getMessage());
        }
        if (factor.isEmpty()) {
            // the account turned two-factor authentication off meanwhile: the password was enough
            sessions.end(secret);
            return signedIn(session.account(), address);
        }
        return checkCode(factor.get(), session.account(), code, address, secret);
    }

    private LoginOutcome checkCode(SignInFactors.Named factor, String user, String code, String address,
            String halfSession) {
        SignInCheck check = factor.check(user, code);
        return switch (check.outcome()) {
            case ACCEPTED -> {
                if (halfSession != null) {
                    sessions.end(halfSession);
                }
                yield signedIn(user, address);
            }
            case REFUSED -> {
                events.record(Event.SECOND_STEP_FAILURE, user, address);
                yield LoginOutcome.refused(check.message());
            }
            case LOCKED -> {
                events.record(Event.LOCKED, user, address);
                yield LoginOutcome.locked(check.message(), null);
            }
        };
    }

    private LoginOutcome signedIn(String user, String address) {
        events.record(Event.LOGIN, user, address);
        return LoginOutcome.signedIn(sessions.open(user, true));
    }

    private static LoginOutcome locked(Instant until) {
        return LoginOutcome.locked("Too many failed logins. Try again after " + LOCK_END.format(until) + ".", until);
    }

    /**
     * The live session of a cookie: found, within its lifetimes, and recorded as seen (at most once a minute,
     * to spare the store a write per request). A session past a lifetime is ended.
     *
     * @param secret the {@code cpsession} cookie, or null
     */
    public Optional<Session> session(String secret) {
        Optional<Session> found = sessions.find(secret);
        if (found.isEmpty()) {
            return found;
        }
        Session session = found.get();
        long now = clock.instant().getEpochSecond();
        long idleLimit = (session.verified() ? settings.idleTimeout() : settings.pendingTimeout()).toSeconds();
        if (now - session.seenAt() >= idleLimit || now - session.createdAt() >= settings.maxLifetime().toSeconds()
                || !session.verified() && now - session.createdAt() >= settings.pendingTimeout().toSeconds()) {
            sessions.end(secret);
            return Optional.empty();
        }
        if (now - session.seenAt() >= TOUCH_SECONDS) {
            sessions.touch(secret, session);
        }
        return found;
    }

    /** Ends a session at {@code /logout/}; nothing happens when the cookie opens none. */
    public void logout(String secret, String address) {
        sessions.find(secret).ifPresent(session -> {
            sessions.end(secret);
            events.record(Event.LOGOUT, session.account(), address);
        });
    }

    /** Records a request whose security token does not match its session. */
    public void tokenDenied(Session session, String address) {
        events.record(Event.TOKEN_DENIED, session.account(), address);
    }

    /** The counts of logins, failures, locks and logouts. */
    public SignInEvents events() {
        return events;
    }
}
