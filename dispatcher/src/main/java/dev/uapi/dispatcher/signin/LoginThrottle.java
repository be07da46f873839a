package dev.uapi.dispatcher.signin;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.sessions.Sha256;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits failed logins per client address and per account name, as cPHulk does, in the shared store so that
 * every server counts together. Each is one record {@code <failures> <window start> <locked until>} (epoch
 * seconds) under {@code "" / login-failures/(address|account)/<hex SHA-256 of the name>}: the digest keeps any
 * name a client sends a valid key, and names alike whether or not the account exists.
 *
 * <p>Failures older than the lock duration are forgotten; the failure that reaches the limit sets the lock and
 * starts a new count. A successful login clears its account's count but not its address's. Every update is a
 * compare-and-set. Safe for use from many threads and processes.
 */
public final class LoginThrottle {

    private static final String MODULE_WIDE = "";

    private final ModuleStorage storage;
    private final SignInSettings settings;

    /**
     * @param storage the {@code UserManager} storage
     * @param settings the limits
     */
    public LoginThrottle(ModuleStorage storage, SignInSettings settings) {
        this.storage = requireNonNull(storage, "storage is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** When the later of the address's and the account's locks ends, or empty when neither is locked. */
    public Optional<Instant> lockedUntil(String address, String account, Instant now) {
        long until = Math.max(read(addressKey(address)).lockedUntil(), read(accountKey(account)).lockedUntil());
        return until > now.getEpochSecond() ? Optional.of(Instant.ofEpochSecond(until)) : Optional.empty();
    }

    /**
     * Counts a failed login against the address and the account name.
     *
     * @return when the lock this failure set ends, or empty when it set none
     */
    public Optional<Instant> recordFailure(String address, String account, Instant now) {
        Optional<Instant> byAddress = count(addressKey(address), settings.addressFailures(), settings.addressLock(), now);
        Optional<Instant> byAccount = count(accountKey(account), settings.accountFailures(), settings.accountLock(), now);
        if (byAddress.isPresent() && byAccount.isPresent()) {
            return byAddress.get().isAfter(byAccount.get()) ? byAddress : byAccount;
        }
        return byAddress.isPresent() ? byAddress : byAccount;
    }

    /** Clears the account name's count after a successful login; a lock in force stays. */
    public void recordSuccess(String account, Instant now) {
        String key = accountKey(account);
        while (true) {
            Optional<Versioned> stored = storage.get(MODULE_WIDE, key);
            if (stored.isEmpty() || parse(stored.get()).lockedUntil() > now.getEpochSecond()) {
                return;
            }
            if (storage.compareAndDelete(MODULE_WIDE, key, stored.get().version())) {
                return;
            }
        }
    }

    private Optional<Instant> count(String key, int limit, Duration lock, Instant now) {
        long seconds = now.getEpochSecond();
        while (true) {
            Optional<Versioned> stored = storage.get(MODULE_WIDE, key);
            State state = stored.map(LoginThrottle::parse).orElse(State.NONE);
            boolean windowOver = seconds - state.windowStart() >= lock.toSeconds();
            int failures = (windowOver ? 0 : state.failures()) + 1;
            long windowStart = windowOver ? seconds : state.windowStart();
            State next = failures >= limit ? new State(0, seconds, seconds + lock.toSeconds())
                    : new State(failures, windowStart, state.lockedUntil());
            if (storage.compareAndSet(MODULE_WIDE, key, stored.map(Versioned::version).orElse(Versioned.ABSENT),
                    next.text())) {
                return failures >= limit ? Optional.of(Instant.ofEpochSecond(next.lockedUntil())) : Optional.empty();
            }
        }
    }

    private State read(String key) {
        return storage.get(MODULE_WIDE, key).map(LoginThrottle::parse).orElse(State.NONE);
    }

    private static State parse(Versioned stored) {
        String[] parts = stored.text().split(" ");
        if (parts.length != 3) {
            throw new IllegalStateException("a stored login failure count is not readable");
        }
        return new State(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    private static String addressKey(String address) {
        return "login-failures/address/" + Sha256.hex(address);
    }

    private static String accountKey(String account) {
        return "login-failures/account/" + Sha256.hex(account);
    }


    /** One counter's record. */
    private record State(int failures, long windowStart, long lockedUntil) {
        static final State NONE = new State(0, 0, 0);

        String text() {
            return failures + " " + windowStart + " " + lockedUntil;
        }
    }
}
