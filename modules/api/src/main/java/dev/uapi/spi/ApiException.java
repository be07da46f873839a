package dev.uapi.spi;

/**
 * A caller-facing failure: a handler throws it to end the call with {@code status} 0 and its message as the
 * one error line.
 *
 * <p>The message is shown to the caller as it is, so it must never hold a stack trace, a class name or a
 * secret. {@link Arguments}' reads throw it with the contract's exact texts. Any other throwable escaping a
 * handler is treated as a bug: logged with its trace under an incident id and answered with the contract's
 * generic text (see <a href="package-summary.html#what-reaches-callers">what reaches callers</a>).
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the error line the caller sees, exactly */
    public ApiException(String message) {
        // a caller-facing failure needs no stack trace: skipping it keeps failed calls cheap
        super(message, null, false, false);
    }
}
