package dev.uapi.dispatcher.crypto;

/**
 * The server key cannot be read or created: the file is missing, malformed, open to others or cannot be
 * written. The message names the file and says how to fix it; it never contains key material. Thrown at
 * startup by {@link ServerKey#loadOrCreate} and {@link ServerKey#fromFile}.
 */
public class ServerKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and how to fix it, naming the file
     * @param cause the I/O failure, or null when the file's content or permissions are wrong
     */
    public ServerKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
