package dev.uapi.dispatcher.signin;

import dev.uapi.dispatcher.observe.HostObserver;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Logs and counts every login, failure, lock and logout: the account name and the client address, never a
 * password, code, cookie or security token. Safe for use from many threads.
 */
public final class SignInEvents {

    /** What is counted. */
    public enum Event {
        /** A login that opened a verified session. */
        LOGIN,
        /** A right password waiting for its second step. */
        SECOND_STEP_ASKED,
        /** A wrong user name or password. */
        FAILURE,
        /** A second-step code refused. */
        SECOND_STEP_FAILURE,
        /** A login refused because the address, the account name or the second step is locked. */
        LOCKED,
        /** A failure that set a lock. */
        LOCK_SET,
        /** A session ended at {@code /logout/}. */
        LOGOUT,
        /** A signed-in request whose security token did not match its cookie. */
        TOKEN_DENIED
    }

    private static final System.Logger LOG = System.getLogger("uapi.signin");

    private final Map<Event, LongAdder> counts = new EnumMap<>(Event.class);
    private final HostObserver observer;

    /** Starts every count at zero, told to no one else. */
    public SignInEvents() {
        this(HostObserver.NONE);
    }

    /** Starts every count at zero; every event is also told to {@code observer} (the server's metrics). */
    public SignInEvents(HostObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer is null");
        for (Event event : Event.values()) {
            counts.put(event, new LongAdder());
        }
    }

    /** Counts and logs an event. */
    public void record(Event event, String account, String address) {
        counts.get(event).increment();
        observer.signInEvent(event.name().toLowerCase(java.util.Locale.ROOT));
        System.Logger.Level level = switch (event) {
            case LOGIN, SECOND_STEP_ASKED, LOGOUT -> System.Logger.Level.INFO;
            case FAILURE, SECOND_STEP_FAILURE, LOCKED, LOCK_SET, TOKEN_DENIED -> System.Logger.Level.WARNING;
        };
        LOG.log(level, "sign-in: {0} account={1} address={2}", event.name().toLowerCase(java.util.Locale.ROOT),
                printable(account), address);
    }

    /** How many of an event happened since the server started. */
    public long count(Event event) {
        return counts.get(event).sum();
    }

    /** Every count, for metrics. */
    public Map<Event, Long> counts() {
        Map<Event, Long> snapshot = new EnumMap<>(Event.class);
        counts.forEach((event, adder) -> snapshot.put(event, adder.sum()));
        return snapshot;
    }

    // a name typed at the login form reaches the log: keep it on one line and short
    private static String printable(String account) {
        if (account == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        account.codePoints().limit(64).forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
        return out.toString();
    }
}
