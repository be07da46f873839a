package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleEvents;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts wrong codes in a row per account and locks the account's code checks after too many
 * (RFC 4226 §7.3), in storage, so that every server process sees the same count and the same lock.
 *
 * <p>Stored under {@value #KEY} as {@code <failures> <locked until, Unix seconds>}. Reaching the limit sets the
 * lock and starts the count again at zero, so that once the lock ends a guesser again has the full limit
 * and no more. Attempts during the lock are not counted and do not extend it. Every update goes
 * through {@link ModuleStorage#update}, a compare-and-set loop. Safe for use from many threads.
 */
final class FailureCounter {

    static final String KEY = "failures";

    private final ModuleStorage storage;
    private final TwoFactorAuthConfig config;
    private final System.Logger logger;
    private final ModuleEvents events;

    @Inject
    FailureCounter(ModuleStorage storage, TwoFactorAuthConfig config, System.Logger logger, ModuleEvents events) {
        this.storage = requireNonNull(storage, "storage is null");
        this.config = requireNonNull(config, "config is null");
        this.logger = requireNonNull(logger, "logger is null");
        this.events = requireNonNull(events, "events is null");
    }

    /**
     * When the account's lock ends, if it is locked at {@code now}.
     *
     * @return the first instant at which codes are checked again, or empty when not locked
     */
    Optional<Instant> lockedUntil(String account, Instant now) {
        return storage.get(account, KEY).map(FailureCounter::parse).flatMap(state -> state.lockAt(now));
    }

    /**
     * Counts one wrong code, locking the account when it reaches the limit.
     *
     * @return when the lock ends, if the account is locked now (by this failure or, concurrently, another)
     */
    Optional<Instant> recordFailure(String account, Instant now) {
        long lockEnd = lockEnd(now);
        State before = storage.updateText(account, KEY, current -> Optional.of(
                        current.map(FailureCounter::parse).orElse(State.NONE).after(now, config.maxFailures(), lockEnd)
                                .text()))
                .map(FailureCounter::parse)
                .orElse(State.NONE);
        Optional<Instant> lock = before.lockAt(now);
        if (lock.isPresent()) {
            return lock;
        }
        State after = before.after(now, config.maxFailures(), lockEnd);
        if (after.failures() == 0) {
            logger.log(System.Logger.Level.WARNING, "Account {0}: {1} wrong security codes in a row;"
                    + " its code checks are locked until {2}.", account, config.maxFailures(),
                    Instant.ofEpochSecond(after.lockedUntil()));
            events.count(SecurityCodeVerifier.LOCKOUT);
        }
        return Optional.empty();
    }

    /** Forgets the account's wrong codes after a right one, unless a lock has been set meanwhile. */
    void reset(String account, Instant now) {
        storage.updateText(account, KEY, current -> current.filter(text -> parse(text).lockAt(now).isPresent()));
    }

    // Rounded up to the second so that the lock never ends before the configured duration.
    private long lockEnd(Instant now) {
        Instant end = now.plus(config.lockout());
        return end.getNano() == 0 ? end.getEpochSecond() : end.getEpochSecond() + 1;
    }

    private static State parse(Versioned stored) {
        return parse(stored.text());
    }

    private static State parse(String stored) {
        String[] parts = stored.split(" ");
        if (parts.length != 2) {
            throw new IllegalStateException("stored failure count is unreadable");
        }
        return new State(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
    }

    private record State(int failures, long lockedUntil) {

        static final State NONE = new State(0, 0);

        /** The state after one more wrong code at {@code now}: unchanged while locked, locked at the limit. */
        State after(Instant now, int maxFailures, long lockEnd) {
            if (lockAt(now).isPresent()) {
                return this;
            }
            return failures + 1 < maxFailures ? new State(failures + 1, lockedUntil) : new State(0, lockEnd);
        }

        Optional<Instant> lockAt(Instant now) {
            return now.getEpochSecond() < lockedUntil ? Optional.of(Instant.ofEpochSecond(lockedUntil)) : Optional.empty();
        }

        String text() {
            return failures + " " + lockedUntil;
        }
    }
}
