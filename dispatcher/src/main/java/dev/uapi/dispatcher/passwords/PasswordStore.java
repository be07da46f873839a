package dev.uapi.dispatcher.passwords;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.sessions.SessionStore;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Each account's password in the {@code UserManager} storage, the shared store every server reads: under
 * the key {@value #KEY}, the Argon2id PHC string and nothing else. Setting a password ends all of the
 * account's sessions. Safe for use from many threads.
 */
public final class PasswordStore {

    /** The storage namespace of passwords and sessions. */
    public static final String NAMESPACE = "UserManager";

    static final String KEY = "password";

    private final ModuleStorage storage;
    private final PasswordHasher hasher;
    private final SessionStore sessions;

    /**
     * @param storage the {@value #NAMESPACE} storage
     * @param hasher hashes new passwords and checks given ones
     * @param sessions the sessions to end when a password changes
     */
    public PasswordStore(ModuleStorage storage, PasswordHasher hasher, SessionStore sessions) {
        this.storage = requireNonNull(storage, "storage is null");
        this.hasher = requireNonNull(hasher, "hasher is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
    }

    /**
     * Checks an account's password, taking as long when the account has none.
     *
     * @return whether the account has a password and this is it
     */
    public boolean matches(String account, char[] password) {
        Optional<Versioned> stored = storage.get(account, KEY);
        return hasher.verify(stored.map(Versioned::text).orElse(null), password);
    }

    /** Whether the account has a password. */
    public boolean hasPassword(String account) {
        return storage.get(account, KEY).isPresent();
    }

    /**
     * Sets an account's password, which must pass {@link PasswordPolicy}, and ends the account's sessions.
     *
     * @return how many sessions ended
     * @throws IllegalArgumentException with the policy's sentence when the password does not pass it
     */
    public int set(String account, char[] password) {
        PasswordPolicy.problem(account, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        storage.put(account, KEY, hasher.hash(password).getBytes(StandardCharsets.US_ASCII));
        return sessions.endAll(account);
    }
}
