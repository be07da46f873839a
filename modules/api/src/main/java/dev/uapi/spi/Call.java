package dev.uapi.spi;

import static java.util.Objects.requireNonNull;

/**
 * One call as a handler sees it: who calls, what, with which arguments.
 *
 * @param account the account the call runs as (never one a request argument named)
 * @param module the module's name
 * @param function the function's name
 * @param arguments the call's arguments, without the dispatcher's {@code api.*} keys
 */
public record Call(Account account, String module, String function, Arguments arguments) {

    /** Checks for nulls. */
    public Call {
        requireNonNull(account, "account is null");
        requireNonNull(module, "module is null");
        requireNonNull(function, "function is null");
        requireNonNull(arguments, "arguments is null");
    }
}
