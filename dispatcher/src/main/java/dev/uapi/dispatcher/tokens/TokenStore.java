package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.uapi.spi.ApiException;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout of API tokens in the {@code Tokens} module's storage.
 *
 * <ul>
 *   <li>{@code <account> / token/<name>}: the account's token, read by {@code list};
 *   <li>{@code "" / digest/<hex SHA-512>}: the same record, module-wide, so that authentication is one read
 *       by digest.
 * </ul>
 *
 * <p>Each change writes the two in the order that fails safe: if a process dies between the two writes, the
 * leftover is a token that is listed but does not authenticate (and can be revoked), never one that
 * authenticates but is not listed. Every write is a compare-and-set, so two server processes on one database
 * cannot both take a name. Safe for use from many threads.
 */
final class TokenStore {

    private static final String ACCOUNT_PREFIX = "token/";
    private static final String INDEX_PREFIX = "digest/";
    private static final String MODULE_WIDE = "";

    private final ModuleStorage storage;

    TokenStore(ModuleStorage storage) {
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Stores a new token.
     *
     * @throws ApiException when the account already has a token of that name
     */
    void create(TokenRecord token) {
        // the account's record first: it claims the name atomically, and a crash after it leaves a token that
        // cannot authenticate
        if (!storage.compareAndSet(token.account(), accountKey(token.name()), Versioned.ABSENT, encode(token))) {
            throw conflict(token.name());
        }
        if (!storage.compareAndSet(MODULE_WIDE, indexKey(token.digest()), Versioned.ABSENT, encode(token))) {
            // two equal digests of fresh random tokens mean a broken random source, not bad luck
            storage.delete(token.account(), accountKey(token.name()));
            throw new IllegalStateException("a new API token collides with an existing one");
        }
    }

    /** The account's tokens, ordered by name. */
    List<TokenRecord> list(String account) {
        List<TokenRecord> tokens = new ArrayList<>();
        for (String key : storage.keys(account, ACCOUNT_PREFIX)) {
            storage.get(account, key).ifPresent(stored -> tokens.add(decode(stored)));
        }
        return tokens;
    }

    /**
     * Removes a token.
     *
     * @return whether the account had a token of that name
     */
    boolean revoke(String account, String name) {
        Optional<Versioned> stored = storage.get(account, accountKey(name));
        if (stored.isEmpty()) {
            return false;
        }
        TokenRecord token = decode(stored.get());
        // the index first: from this moment the token no longer authenticates
        removeIndexEntry(token);
        return storage.delete(account, accountKey(name));
    }

    /**
     * Gives a token a new name.
     *
     * @throws ApiException when there is no token {@code name}, or one named {@code newName} already exists
     */
    void rename(String account, String name, String newName) {
        Optional<Versioned> stored = storage.get(account, accountKey(name));
        if (stored.isEmpty()) {
            throw missing(name);
        }
        TokenRecord renamed = decode(stored.get()).renamed(newName);
        if (!storage.compareAndSet(account, accountKey(newName), Versioned.ABSENT, encode(renamed))) {
            throw conflict(newName);
        }
        if (!storage.compareAndDelete(account, accountKey(name), stored.get().version())) {
            // revoked or renamed by someone else meanwhile: theirs wins, undo ours
            storage.compareAndDelete(account, accountKey(newName), 1);
            throw missing(name);
        }
        renameIndexEntry(renamed);
    }

    /** The token whose digest this is, if any: one read. */
    Optional<TokenRecord> findByDigest(String digestHex) {
        return storage.get(MODULE_WIDE, indexKey(digestHex)).map(this::decode);
    }

    private void removeIndexEntry(TokenRecord token) {
        // an entry of another account under the same digest is theirs: left alone
        storage.update(MODULE_WIDE, indexKey(token.digest()), entry -> entry
                .filter(stored -> !decode(stored).account().equals(token.account())));
    }

    private void renameIndexEntry(TokenRecord renamed) {
        storage.update(MODULE_WIDE, indexKey(renamed.digest()), entry -> entry
                .filter(stored -> decode(stored).account().equals(renamed.account()))
                .map(stored -> encode(renamed))
                .or(() -> entry));
    }

    private static String accountKey(String name) {
        return ACCOUNT_PREFIX + name;
    }

    private static String indexKey(String digestHex) {
        return INDEX_PREFIX + digestHex;
    }

    private static ApiException conflict(String name) {
        return new ApiException("A conflicting API token with the name “" + name + "” already exists.");
    }

    /** The contract's text for a token name the account does not have. */
    static ApiException missing(String name) {
        return new ApiException("The API token “" + name + "” does not exist.");
    }

    private byte[] encode(TokenRecord token) {
        try {
            return Records.JSON.writeValueAsBytes(token);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an API token record", e);
        }
    }

    private TokenRecord decode(Versioned stored) {
        return decode(stored.value());
    }

    private TokenRecord decode(byte[] stored) {
        try {
            return Records.JSON.readValue(stored, TokenRecord.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored API token record is not readable", e);
        }
    }

    /**
     * The records' mapper, built on first use: the host makes a store for every call, and a command-line call
     * that touches no token would otherwise load Jackson's databind for nothing.
     */
    private static final class Records {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
