package dev.uapi.twofactor;

import static java.util.Objects.requireNonNull;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC (RFC 2104) for one key and several short messages, such as the steps of a TOTP window.
 *
 * <p>Why not {@link javax.crypto.Mac}: it hashes the padded key again for every message, two of the four
 * compressions each HMAC of a counter costs. Here the padded key is hashed once per {@link #key}, and each
 * message starts from a copy of that state ({@link MessageDigest#clone()}, far cheaper than a SHA-512
 * compression); the last message uses the state itself. Every digest is reset once its MAC is out, so nothing
 * derived from the key is left behind when the last message's MAC returns.
 *
 * <p>Not thread-safe, and holds the key's state between {@link #key} and the last {@link #mac}: keep one per
 * thread and algorithm.
 */
final class PrecomputedHmac {

    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private final TotpAlgorithm algorithm;
    private final MessageDigest inner;
    private final MessageDigest outer;
    private final byte[] pad;
    private final byte[] innerHash;

    /** An HMAC over the algorithm's hash, without a key yet. */
    PrecomputedHmac(TotpAlgorithm algorithm) {
        this.algorithm = requireNonNull(algorithm, "algorithm is null");
        this.inner = digest(algorithm);
        this.outer = digest(algorithm);
        this.pad = new byte[algorithm.blockBytes()];
        this.innerHash = new byte[inner.getDigestLength()];
    }

    /** The length of each {@link #mac} in bytes. */
    int length() {
        return innerHash.length;
    }

    /** Starts the MACs of a key: hashes its two padded forms (RFC 2104 §2, steps 1-2 and 5). */
    void key(byte[] key) {
        requireNonNull(key, "key is null");
        inner.reset();
        outer.reset();
        // a key longer than a block is replaced by its hash
        byte[] usable = key.length > pad.length ? inner.digest(key) : key;
        try {
            absorbPad(inner, usable, INNER_PAD);
            absorbPad(outer, usable, OUTER_PAD);
        } finally {
            Arrays.fill(pad, (byte) 0);
            if (usable != key) {
                Arrays.fill(usable, (byte) 0);
            }
        }
    }

    private void absorbPad(MessageDigest digest, byte[] key, byte value) {
        Arrays.fill(pad, value);
        for (int i = 0; i < key.length; i++) {
            pad[i] ^= key[i];
        }
        // Two updates, not one: the JDK 17 SHA-512 intrinsic leaves a lone whole block of an update in the
        // digest's buffer, uncompressed, and every copy would then compress it again (12 compressions for a
        // check of ±1 step instead of 8). The last byte completes the buffered block, which is compressed now.
        digest.update(pad, 0, pad.length - 1);
        digest.update(pad, pad.length - 1, 1);
    }

    /**
     * The MAC of a message under the key given to {@link #key}.
     *
     * @param message the message
     * @param last true for the key's last message: its state is used up, and {@link #key} must come again
     * @param target receives the {@link #length()} bytes of the MAC
     */
    void mac(byte[] message, boolean last, byte[] target) {
        MessageDigest innerNow = last ? inner : copy(inner);
        MessageDigest outerNow = last ? outer : copy(outer);
        try {
            innerNow.update(message);
            innerNow.digest(innerHash, 0, innerHash.length);
            outerNow.update(innerHash);
            outerNow.digest(target, 0, innerHash.length);
        } catch (DigestException e) {
            throw new IllegalStateException("the " + algorithm + " digest refused a buffer of its own length", e);
        } finally {
            Arrays.fill(innerHash, (byte) 0);
            // digest() keeps the final hash and last block until the next use: the outer one's is the MAC
            innerNow.reset();
            outerNow.reset();
        }
    }

    private MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this JDK's " + algorithm.digestName() + " cannot be copied", e);
        }
    }

    private static MessageDigest digest(TotpAlgorithm algorithm) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm.digestName());
            // checked once here rather than on a user's code: every JDK's SHA digests can be copied
            digest.clone();
            return digest;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("this JDK has no copyable " + algorithm.digestName(), e);
        }
    }
}
