package dev.uapi.dispatcher.sessions;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sessions in the shared store, so that every server behind a balancer knows them. Only the SHA-256 digest of
 * a session's secret is stored: the secret has 256 random bits, so a fast digest cannot be searched, and a
 * copy of the database opens no session.
 *
 * <ul>
 *   <li>{@code "" / session/<hex digest>}: the {@link Session}, found by the cookie in one read;
 *   <li>{@code <account> / session/<hex digest>}: an empty marker, so that a password change can end them all.
 * </ul>
 *
 * <p>The marker is written first and removed last: a crash between two writes leaves a marker without a
 * session, never a session that {@link #endAll} cannot find. Safe for use from many threads.
 */
public final class SessionStore {

    private static final String PREFIX = "session/";
    private static final String MODULE_WIDE = "";
    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final byte[] MARKER = {1};

    private final ModuleStorage storage;
    private final SecureRandom random;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param storage the {@code UserManager} storage
     * @param random makes secrets and security tokens
     * @param clock the time of creation and of each request
     */
    public SessionStore(ModuleStorage storage, SecureRandom random, Clock clock) {
        this.storage = requireNonNull(storage, "storage is null");
        this.random = requireNonNull(random, "random is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Opens a session.
     *
     * @param verified false while a second step is pending
     */
    public OpenedSession open(String account, boolean verified) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String token = "/cpsess" + String.format("%010d", random.nextLong(10_000_000_000L));
        long now = clock.instant().getEpochSecond();
        Session session = new Session(account, token, now, now, verified);
        String key = key(secret);
        storage.put(account, key, MARKER);
        if (!storage.compareAndSet(MODULE_WIDE, key, Versioned.ABSENT, encode(session))) {
            // equal digests of fresh 256-bit secrets mean a broken random source, not bad luck
            throw new IllegalStateException("a new session collides with an existing one");
        }
        return new OpenedSession(secret, session);
    }

    /**
     * The session of a cookie's secret, as stored, whatever its age.
     *
     * @param secret the cookie's value; anything not of a secret's form is simply not found
     */
    public Optional<Session> find(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return storage.get(MODULE_WIDE, key(secret)).map(this::decode);
    }

    /** Records a request of the session now; a session ended meanwhile stays ended. */
    public void touch(String secret, Session session) {
        String key = key(secret);
        storage.get(MODULE_WIDE, key).ifPresent(stored -> storage.compareAndSet(MODULE_WIDE, key,
                stored.version(), encode(decode(stored).seen(clock.instant().getEpochSecond()))));
    }

    /** Ends one session; nothing happens when it already ended. */
    public void end(String secret) {
        Optional<Session> session = find(secret);
        if (session.isEmpty()) {
            return;
        }
        String key = key(secret);
        storage.delete(MODULE_WIDE, key);
        storage.delete(session.get().account(), key);
    }

    /**
     * Ends every session of an account.
     *
     * @return how many ended
     */
    public int endAll(String account) {
        int ended = 0;
        for (String key : storage.keys(account, PREFIX)) {
            if (storage.delete(MODULE_WIDE, key)) {
                ended++;
            }
            storage.delete(account, key);
        }
        return ended;
    }

    private static String key(String secret) {
        return PREFIX + Sha256.hex(secret);
    }

    private byte[] encode(Session session) {
        try {
            return json.writeValueAsBytes(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a session", e);
        }
    }

    private Session decode(Versioned stored) {
        try {
            return json.readValue(stored.value(), Session.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored session is not readable", e);
        }
    }
}
