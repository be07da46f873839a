package dev.uapi.dispatcher.startup;

/**
 * The host cannot start, for a reason to fix outside the program: the message is the whole of what a
 * launcher prints, one short clause naming what failed, the cause's own sentence and the fix when it is known
 * ({@code cannot open the store: PostgreSQL at 127.0.0.1:5432 refused the password for user "uapi"}). The
 * cause is kept for the log's debug level only.
 */
public final class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed and why, without a trailing period
     * @param cause the failure underneath, or null
     */
    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
