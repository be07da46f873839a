package dev.uapi.dispatcher.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.uapi.spi.SecretCipher;
import dev.uapi.spi.SecretCipherException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets with AES-256-GCM under the {@link ServerKey}.
 *
 * <p>Sealed layout, {@value #OVERHEAD} bytes longer than the secret:
 *
 * <pre>
 * format (1 byte, {@value #FORMAT}) | key id (8) | nonce (12) | ciphertext (as long as the secret) | tag (16)
 * </pre>
 *
 * The nonce is random for each seal. The format byte, the key id and the context are authenticated as
 * associated data, so a value moved to another context, or altered anywhere, does not open. The key id lets
 * {@link #open} tell "sealed under another key" (a restored database without its key file) apart from
 * tampering. Random 96-bit nonces are safe for far more seals than a server makes (NIST's bound is 2^32
 * per key).
 */
public final class ServerKeyCipher implements SecretCipher {

    static final byte FORMAT = 1;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_LENGTH = 1 + ServerKey.ID_LENGTH;
    static final int OVERHEAD = HEADER_LENGTH + NONCE_LENGTH + TAG_BITS / 8;

    private final ServerKey key;
    private final SecureRandom random;
    private final byte[] header;

    /**
     * @param key the server key
     * @param random the source of nonces
     */
    public ServerKeyCipher(ServerKey key, SecureRandom random) {
        this.key = requireNonNull(key, "key is null");
        this.random = requireNonNull(random, "random is null");
        this.header = new byte[HEADER_LENGTH];
        header[0] = FORMAT;
        System.arraycopy(key.idBytes(), 0, header, 1, ServerKey.ID_LENGTH);
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        requireNonNull(plaintext, "plaintext is null");
        requireNonNull(context, "context is null");
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] sealed = new byte[OVERHEAD + plaintext.length];
        System.arraycopy(header, 0, sealed, 0, HEADER_LENGTH);
        System.arraycopy(nonce, 0, sealed, HEADER_LENGTH, NONCE_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_LENGTH + NONCE_LENGTH);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        requireNonNull(sealed, "sealed is null");
        requireNonNull(context, "context is null");
        checkHeader(sealed);
        byte[] nonce = Arrays.copyOfRange(sealed, HEADER_LENGTH, HEADER_LENGTH + NONCE_LENGTH);
        int offset = HEADER_LENGTH + NONCE_LENGTH;
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(sealed, offset, sealed.length - offset);
        } catch (AEADBadTagException e) {
            throw new SecretCipherException("The sealed value was altered, or sealed for another context");
        } catch (GeneralSecurityException e) {
            throw new SecretCipherException("The sealed value cannot be opened", e);
        }
    }

    private void checkHeader(byte[] sealed) {
        if (sealed.length < OVERHEAD) {
            throw new SecretCipherException("The sealed value is cut short: " + sealed.length
                    + " bytes, fewer than the " + OVERHEAD + " that even an empty secret takes");
        }
        if (sealed[0] != FORMAT) {
            throw new SecretCipherException(
                    "The sealed value has the unknown format " + (sealed[0] & 0xff) + "; this server writes " + FORMAT);
        }
        byte[] id = Arrays.copyOfRange(sealed, 1, HEADER_LENGTH);
        if (!MessageDigest.isEqual(id, key.idBytes())) {
            throw new SecretCipherException("The value was sealed under another server key (key id "
                    + HexFormat.of().formatHex(id) + ", this server's key id " + key.id()
                    + "): restore the server key file that belongs with this database");
        }
    }

    /** A new Cipher for each call: a Cipher is not thread-safe, and this server shares one cipher across threads. */
    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(context.getBytes(UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "ServerKeyCipher[AES-256-GCM, key id " + key.id() + "]";
    }
}
