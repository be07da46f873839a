package dev.uapi.dispatcher;

/**
 * What the host does after a plugin's handler threw an error that may have left the JVM unusable (an
 * {@link OutOfMemoryError}; see {@link dev.uapi.dispatcher.modules.PluginFailures#isFatal}). The dispatcher
 * has logged the incident with the module and function and answers the call with the incident id first.
 *
 * <p>The command line ends after the call anyway and does nothing more ({@link #CONTINUE}); the server
 * stops with status 3.
 */
@FunctionalInterface
public interface FatalErrorHandler {

    /** Goes on: for a process that ends after the call. */
    FatalErrorHandler CONTINUE = (incident, where, error) -> { };

    /**
     * Called once per fatal error, after it was logged.
     *
     * @param incident the incident id the caller got and the log has
     * @param where {@code Module::function}
     * @param error the error
     */
    void fatal(String incident, String where, Throwable error);
}
