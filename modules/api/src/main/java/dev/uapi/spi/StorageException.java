package dev.uapi.spi;

/**
 * The store could not be read or written (the database is unreachable, the disk is full). Modules normally
 * let it propagate: the dispatcher answers the caller with a generic error and logs the cause.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without secrets
     * @param cause the underlying failure
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
