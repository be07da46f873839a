package dev.uapi.dispatcher;

import dev.uapi.spi.Arguments;

/**
 * The one path every front end uses to call a module function.
 *
 * <p>Runs the checks of the UAPI contract (§3) in order: function name, module, the account's features and
 * demo status, the function; then the function itself, with unexpected exceptions contained; then the
 * {@code api.*} transforms on list data. Safe for concurrent calls from many threads. Never throws for
 * anything a caller sends.
 */
public interface Dispatcher {

    /**
     * Calls {@code module::function} as {@code account}.
     *
     * @param account the account name the call runs as; the front end has authenticated it
     * @param module the module's name, case-sensitive
     * @param function the function's name, case-sensitive
     * @param arguments the call's arguments, {@code api.*} keys included (the dispatcher takes them out)
     * @return the envelope, never null
     * @throws dev.uapi.spi.StorageException when the store cannot be reached: not a result of the call but a
     *     failure of the host, which the front end reports (HTTP 503, {@code bin/uapi} exit status 3)
     */
    Envelope call(String account, String module, String function, Arguments arguments);
}
