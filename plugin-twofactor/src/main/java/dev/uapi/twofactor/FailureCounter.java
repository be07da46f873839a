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
 * and no more. Attempts during the lock are not counted and do not extend it. Every update is a
 * compare-and-set loop. Safe for use from many threads.
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
        while (true) {
            Optional<Versioned> current = storage.get(account, KEY);
            State state = current.map(FailureCounter::parse).orElse(State.NONE);
            Optional<Instant> lock = state.lockAt(now);
            if (lock.isPresent()) {
                return lock;
            }
            State next = state.failures() + 1 < config.maxFailures()
                    ? new State(state.failures() + 1, state.lockedUntil())
                    : new State(0, lockEnd(now));
            long version = current.map(Versioned::version).orElse(Versioned.ABSENT);
            if (storage.compareAndSet(account, KEY, version, next.text())) {
                if (next.failures() == 0) {
                    logger.log(System.Logger.Level.WARNING, "Account {0}: {1} wrong security codes in a row;"
                            + " its code checks are locked until {2}.", account, config.maxFailures(),
                            Instant.ofEpochSecond(next.lockedUntil()));
                    events.count(SecurityCodeVerifier.LOCKOUT);
                }
                return Optional.empty();
            }
        }
    }

    /** Forgets the account's wrong codes after a right one, unless a lock has been set meanwhile. */
    void reset(String account, Instant now) {
        while (true) {
            Optional<Versioned> current = storage.get(account, KEY);
            if (current.isEmpty() || parse(current.get()).lockAt(now).isPresent()) {
                return;
            }
            if (storage.compareAndDelete(account, KEY, current.get().version())) {
                return;
            }
        }
    }

    // Rounded up to the second so that the lock never ends before the configured duration.
    private long lockEnd(Instant now) {
        Instant end = now.plus(config.lockout());
        return end.getNano() == 0 ? end.getEpochSecond() : end.getEpochSecond() + 1;
    }

    private static State parse(Versioned stored) {
        String[] parts = stored.text().split(" ");
        if (parts.length != 2) {
            throw new IllegalStateException("stored failure count is unreadable");
        }
        return new State(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
    }

    private record State(int failures, long lockedUntil) {

        static final State NONE = new State(0, 0);

        Optional<Instant> lockAt(Instant now) {
            return now.getEpochSecond() < lockedUntil ? Optional.of(Instant.ofEpochSecond(lockedUntil)) : Optional.empty();
        }

        String text() {
            return failures + " " + lockedUntil;
        }
    }
}
