package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks an API token for the HTTP server: {@code Authorization: cpanel <user>:<token>}.
 *
 * <p>One storage read per check: the token's SHA-512 digest is the key of a module-wide index. The stored
 * digest is then compared with {@link MessageDigest#isEqual}, in constant time, so that the answer never
 * rests on how a store matches keys (a case-insensitive collation, say). A token is accepted only for its own
 * account, before its expiry, and while it is not revoked (revoking removes the index entry).
 *
 * <p>Safe for use from many threads.
 */
public final class TokenAuthenticator {

    private final TokenStore store;
    private final Clock clock;

    /**
     * @param tokensStorage the storage the host lends the {@code Tokens} module: the same store, so that a token
     *     made by {@code bin/uapi} works at once in every server process
     * @param clock the host's clock, for expiry
     */
    public TokenAuthenticator(ModuleStorage tokensStorage, Clock clock) {
        this.store = new TokenStore(requireNonNull(tokensStorage, "tokensStorage is null"));
        this.clock = requireNonNull(clock, "clock is null");
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
        Optional<TokenRecord> found = store.findByDigest(TokenDigest.hex(digest));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TokenRecord record = found.get();
        boolean matches = MessageDigest.isEqual(digest, TokenDigest.parseHex(record.digest()));
        if (!matches || !record.account().equals(user) || record.expiredAt(clock.instant().getEpochSecond())) {
            return Optional.empty();
        }
        return Optional.of(record.account());
    }
}
