package dev.uapi.dispatcher.crypto;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's AES-256 key, under which {@link ServerKeyCipher} seals the secrets modules keep at rest.
 *
 * <p>The key lives in a file (by default {@code <UAPI_HOME>/server.key}): 32 random bytes in Base64 on one
 * line, owner-only. The file is created on first start, or given by the operator. Back it up apart from the
 * database: without it no sealed secret can be opened, and with it and a copy of the database every secret
 * can.
 *
 * <p>The key never appears in {@link #toString()}, in an exception or in a log; only its {@linkplain #id()
 * identifier} does, which tells keys apart without revealing anything about them.
 */
public final class ServerKey {

    /** The length of the key in bytes: AES-256. */
    public static final int LENGTH = 32;

    /** The length in bytes of the identifier that sealed values carry. */
    static final int ID_LENGTH = 8;

    /** Hashed with the key for its identifier, so the identifier is no plain hash of the key used elsewhere. */
    private static final byte[] ID_LABEL = "uapi server key id\0".getBytes(US_ASCII);

    private final SecretKey key;
    private final byte[] id;

    private ServerKey(byte[] key) {
        requireNonNull(key, "key is null");
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A server key has " + LENGTH + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.id = idOf(key);
    }

    /**
     * Reads the key file, or creates it with a new random key when it does not exist. Safe when several
     * processes start at once on a fresh directory: they all end up with the same key.
     *
     * @param keyFile the file; missing directories are created owner-only
     * @param random the source of the new key
     * @throws ServerKeyException when the file is readable by others, does not hold a key, or cannot be
     *     read or written
     */
    public static ServerKey loadOrCreate(Path keyFile, SecureRandom random) {
        requireNonNull(keyFile, "keyFile is null");
        requireNonNull(random, "random is null");
        try {
            return fromBytesThenWipe(KeyFile.read(keyFile));
        } catch (NoSuchFileException e) {
            return create(keyFile, random);
        } catch (IOException e) {
            throw new ServerKeyException("Cannot read the server key file " + keyFile + ": " + e, e);
        }
    }

    /**
     * Reads a key file that the operator provides.
     *
     * @throws ServerKeyException when the file is missing, readable by others, does not hold a key, or
     *     cannot be read
     */
    public static ServerKey fromFile(Path keyFile) {
        requireNonNull(keyFile, "keyFile is null");
        try {
            return fromBytesThenWipe(KeyFile.read(keyFile));
        } catch (NoSuchFileException e) {
            throw new ServerKeyException("The server key file " + keyFile + " does not exist; create one with:"
                    + " (umask 077; openssl rand -base64 " + LENGTH + " > " + keyFile + ")", null);
        } catch (IOException e) {
            throw new ServerKeyException("Cannot read the server key file " + keyFile + ": " + e, e);
        }
    }

    /** A key from its bytes, which are copied: for tests. */
    static ServerKey of(byte[] key) {
        return new ServerKey(key.clone());
    }

    private static ServerKey create(Path keyFile, SecureRandom random) {
        byte[] fresh = new byte[LENGTH];
        random.nextBytes(fresh);
        try {
            if (KeyFile.createIfAbsent(keyFile, fresh)) {
                return fromBytesThenWipe(fresh);
            }
            // another process created it between our read and our write: use its key
            Arrays.fill(fresh, (byte) 0);
            return fromBytesThenWipe(KeyFile.read(keyFile));
        } catch (IOException e) {
            Arrays.fill(fresh, (byte) 0);
            throw new ServerKeyException("Cannot create the server key file " + keyFile + ": " + e, e);
        }
    }

    /** The key object keeps its own copy; the array read or generated is cleared at once. */
    private static ServerKey fromBytesThenWipe(byte[] key) {
        try {
            return new ServerKey(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The key's identifier in hexadecimal, for logs and for telling which key sealed a value. */
    public String id() {
        return HexFormat.of().formatHex(id);
    }

    /** The identifier's bytes, as sealed values carry them. */
    byte[] idBytes() {
        return id.clone();
    }

    SecretKey secretKey() {
        return key;
    }

    /** Shows the identifier only. */
    @Override
    public String toString() {
        return "ServerKey[id=" + id() + "]";
    }

    private static byte[] idOf(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ID_LABEL);
            return Arrays.copyOf(sha256.digest(key), ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
