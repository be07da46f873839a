package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.SecretCipher;
import dev.uapi.spi.SecretCipherException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SecretCipher} for tests: real AES-256-GCM under a fixed test key, with the context as associated
 * data, so that sealed bytes never show the plaintext and opening under another context fails exactly as it
 * does with the host's cipher. It records the contexts it sealed for, so that a test can check what a
 * module binds its secrets to.
 *
 * <p>Sealed form: one format byte, a 12-byte nonce from a counter, then the ciphertext and its 16-byte tag.
 * The key is public and the nonces repeat across instances: never use it outside tests.
 *
 * <p>Safe for use from many threads.
 */
public final class TestSecretCipher implements SecretCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TEST_KEY = "uapi-testkit fixed AES-256 key!!";

    private final SecretKeySpec key = new SecretKeySpec(TEST_KEY.getBytes(StandardCharsets.US_ASCII), "AES");
    private final AtomicLong nonces = new AtomicLong();
    private final List<String> sealedContexts = new ArrayList<>();

    /** A cipher under the fixed test key. */
    public TestSecretCipher() {
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        requireNonNull(plaintext, "plaintext is null");
        requireNonNull(context, "context is null");
        byte[] nonce = ByteBuffer.allocate(NONCE_BYTES).putLong(4, nonces.incrementAndGet()).array();
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, context, plaintext);
        synchronized (sealedContexts) {
            sealedContexts.add(context);
        }
        return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                .put(FORMAT)
                .put(nonce)
                .put(ciphertext)
                .array();
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        requireNonNull(sealed, "sealed is null");
        requireNonNull(context, "context is null");
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SecretCipherException("not a sealed value of the test cipher");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, 1 + NONCE_BYTES, sealed.length);
        return run(Cipher.DECRYPT_MODE, nonce, context, ciphertext);
    }

    /** The contexts given to {@link #seal}, oldest first. */
    public List<String> sealedContexts() {
        synchronized (sealedContexts) {
            return List.copyOf(sealedContexts);
        }
    }

    private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new SecretCipherException("sealed value altered or sealed for another context", e);
        }
    }
}
