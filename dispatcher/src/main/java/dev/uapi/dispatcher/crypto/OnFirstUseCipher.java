package dev.uapi.dispatcher.crypto;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.SecretCipher;
import java.util.function.Supplier;

/**
 * A cipher that reads (or creates) the server key only when a secret is first sealed or opened.
 *
 * <p>Most command-line calls never touch a secret; reading the key and setting up AES for them would be
 * time spent for nothing. The server calls {@link #ready()} at startup, so a missing or unsafe key file still
 * stops it before it serves. Thread-safe: the key is loaded at most once.
 */
public final class OnFirstUseCipher implements SecretCipher {

    private final Supplier<SecretCipher> loader;
    private volatile SecretCipher cipher;

    /** @param loader builds the real cipher; called at most once */
    public OnFirstUseCipher(Supplier<SecretCipher> loader) {
        this.loader = requireNonNull(loader, "loader is null");
    }

    /**
     * Loads the key now if it is not loaded yet.
     *
     * @throws ServerKeyException when the key file is missing, malformed or readable by others
     */
    public SecretCipher ready() {
        SecretCipher current = cipher;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (cipher == null) {
                cipher = requireNonNull(loader.get(), "the loader returned no cipher");
            }
            return cipher;
        }
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        return ready().seal(plaintext, context);
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        return ready().open(sealed, context);
    }
}
