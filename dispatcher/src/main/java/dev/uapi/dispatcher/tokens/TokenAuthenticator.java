package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks an API token for the HTTP server: {@code Authorization: cpanel <user>:<token>}.
 *
 * <p>The token's SHA-512 digest is the key of a module-wide index, so a check is at most one storage read.
 * The stored digest is then compared with {@link MessageDigest#isEqual}, in constant time, so that the answer
 * never rests on how a store matches keys (a case-insensitive collation, say). A token is accepted only for
 * its own account, before its expiry, and while it is not revoked (revoking removes the index entry).
 *
 * <p>A token found in the store is trusted for {@link #CACHE_TIME} without reading it again: a store read is
 * most of the cost of a call (a SQLite point read is several microseconds behind one connection). Expiry
 * and the account are still checked on every call. The cache forgets everything when the index changes
 * through {@link #watching this process's Tokens storage}, so a revocation made here is immediate; one made
 * by another process (the command line, another server) takes effect within {@link #CACHE_TIME}. Unknown
 * tokens are never cached.
 *
 * <p>Safe for use from many threads.
 */
public final class TokenAuthenticator {

    /** How long a token read from the store is trusted before it is read again. */
    public static final Duration CACHE_TIME = Duration.ofSeconds(1);

    private static final int MAX_CACHED = 10_000;

    private final TokenStore store;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param tokensStorage the storage the host lends the {@code Tokens} module: the same store, so that a token
     *     made by {@code bin/uapi} works at once in every server process
     * @param clock the host's clock, for expiry and the cache
     */
    public TokenAuthenticator(ModuleStorage tokensStorage, Clock clock) {
        this.store = new TokenStore(requireNonNull(tokensStorage, "tokensStorage is null"));
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * The {@code Tokens} module's storage to lend the module in this process: the same storage, which also
     * empties this authenticator's cache whenever a token is created, revoked or renamed through it.
     */
    public ModuleStorage watching(ModuleStorage tokensStorage) {
        return new IndexWatchingStorage(tokensStorage, this::forgetAll);
    }

    /**
     * Checks a user name and a token.
     *
     * @param user the account name the caller claims
     * @param token the token as sent
     * @return the account the call runs as (always {@code user}), or empty when the token is unknown, revoked,
     *     expired or belongs to another account; the caller is not told which
     * @throws dev.uapi.spi.StorageException when the store cannot be read
     */
    public Optional<String> authenticate(String user, String token) {
        requireNonNull(user, "user is null");
        requireNonNull(token, "token is null");
        if (user.isEmpty() || !TokenGenerator.looksLikeToken(token)) {
            return Optional.empty();
        }
        byte[] digest = TokenDigest.of(token);
        long now = clock.millis();
        Cached found = find(TokenDigest.hex(digest), now);
        if (found == null) {
            return Optional.empty();
        }
        TokenRecord record = found.record();
        boolean matches = MessageDigest.isEqual(digest, found.digest());
        if (!matches || !record.account().equals(user) || record.expiredAt(now / 1000)) {
            return Optional.empty();
        }
        return Optional.of(record.account());
    }

    /** The token stored under this digest, from the cache or the store; null when there is none. */
    private Cached find(String digestHex, long now) {
        Cached cached = cache.get(digestHex);
        if (cached != null && now >= cached.readAt() && now - cached.readAt() < CACHE_TIME.toMillis()) {
            return cached;
        }
        long before = generation.get();
        Optional<TokenRecord> found = store.findByDigest(digestHex);
        if (found.isEmpty()) {
            cache.remove(digestHex);
            return null;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        Cached read = new Cached(found.get(), TokenDigest.parseHex(found.get().digest()), now);
        cache.put(digestHex, read);
        // a change to the index while this read ran may have been missed by the read: do not keep its result
        if (generation.get() != before) {
            cache.remove(digestHex);
        }
        return read;
    }

    private void forgetAll() {
        generation.incrementAndGet();
        cache.clear();
    }

    /** A token as read from the store, its stored digest parsed, and when it was read. */
    private record Cached(TokenRecord record, byte[] digest, long readAt) {
    }
}
