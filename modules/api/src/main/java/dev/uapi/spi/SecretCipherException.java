package dev.uapi.spi;

/** Sealed bytes could not be opened: altered, sealed for another context, or under an unknown key. */
public class SecretCipherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, never the secret */
    public SecretCipherException(String message) {
        super(message);
    }

    /**
     * @param message what failed, never the secret
     * @param cause the cryptographic failure
     */
    public SecretCipherException(String message, Throwable cause) {
        super(message, cause);
    }
}
