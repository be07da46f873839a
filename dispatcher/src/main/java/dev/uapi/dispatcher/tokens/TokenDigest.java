package dev.uapi.dispatcher.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-512 digest of a token: the only form in which a token is stored. Hex-encoded when it is a storage
 * key, raw bytes when two digests are compared.
 */
final class TokenDigest {

    /**
     * Never updated, only cloned: looking the algorithm up among the providers costs more than hashing a token,
     * and every HTTP call hashes one.
     */
    private static final MessageDigest SHA_512 = sha512();

    private TokenDigest() {
    }

    /** The digest's bytes. */
    static byte[] of(String token) {
        return fresh().digest(token.getBytes(StandardCharsets.US_ASCII));
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_512.clone();
        } catch (CloneNotSupportedException e) {
            return sha512();
        }
    }

    private static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-512
            throw new IllegalStateException("SHA-512 is not available", e);
        }
    }

    /** The digest as lower-case hex, the form used as a storage key. */
    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** Parses hex written by {@link #hex}. */
    static byte[] parseHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
