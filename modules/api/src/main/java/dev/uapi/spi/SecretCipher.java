package dev.uapi.spi;

/**
 * Authenticated encryption under the server key, lent by the host so that every module that keeps a secret
 * at rest uses one key, one algorithm and one backup procedure.
 *
 * <p>Sealed bytes carry their own nonce and a key identifier; opening fails when the bytes were altered or
 * when they were sealed for another {@code context}. Binding a sealed value to its context (for example the
 * module, account and key it is stored under) stops a copied ciphertext from being moved to another account.
 * Safe for use from many threads.
 */
public interface SecretCipher {

    /**
     * Encrypts and authenticates.
     *
     * @param plaintext the secret; the caller should clear its copy after use
     * @param context associated data that must be given again to {@link #open}; never null
     * @return the sealed bytes, never null
     */
    byte[] seal(byte[] plaintext, String context);

    /**
     * Checks and decrypts.
     *
     * @param sealed bytes from {@link #seal}
     * @param context the same associated data as at sealing
     * @return the plaintext
     * @throws SecretCipherException when the bytes were altered, sealed for another context or under an
     *     unknown key
     */
    byte[] open(byte[] sealed, String context);
}
