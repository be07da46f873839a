package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the store keeps of one API token: never the token, only its digest. The same record is kept twice,
 * under the account (for {@code list}) and in the module-wide index under the digest (for authentication),
 * so that each of those is one read.
 *
 * @param account the account the token acts as
 * @param name the token's name, unique within the account
 * @param digest the lower-case hex SHA-512 digest of the token
 * @param createTime when the token was made, in Unix seconds
 * @param expiresAt when it stops working, in Unix seconds; 0 for never
 */
record TokenRecord(
        @JsonProperty("account") String account,
        @JsonProperty("name") String name,
        @JsonProperty("digest") String digest,
        @JsonProperty("create_time") long createTime,
        @JsonProperty("expires_at") long expiresAt) {

    /** Checks for nulls. */
    TokenRecord {
        requireNonNull(account, "account is null");
        requireNonNull(name, "name is null");
        requireNonNull(digest, "digest is null");
    }

    /** The same token under another name. */
    TokenRecord renamed(String newName) {
        return new TokenRecord(account, newName, digest, createTime, expiresAt);
    }

    /** Whether the token has stopped working at {@code nowSeconds}. */
    boolean expiredAt(long nowSeconds) {
        return expiresAt != 0 && expiresAt <= nowSeconds;
    }

    /** Shows no digest: even a digest is nothing to print. */
    @Override
    public String toString() {
        return "TokenRecord[account=" + account + ", name=" + name + "]";
    }
}
