package dev.uapi.dispatcher.cli;

/**
 * A command line that cannot run: printed with the usage text, exit status {@value UapiMain#USAGE}. The message
 * is shown as it is, so it never quotes a value that may be a secret.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
