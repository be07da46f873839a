package dev.uapi.spi;

/**
 * The code of one UAPI function.
 *
 * <p>Called by the dispatcher on the request's thread, possibly on many threads at once: a handler keeps no
 * per-call state in fields. It reads its arguments from {@link Call#arguments()}, does its work through the
 * {@link ModuleContext} it was built with, and returns a {@link Result}.
 *
 * <pre>{@code
 * FunctionHandler hello = call -> Result.of(Map.of("greeting", "Hello, " + call.arguments().required("name")));
 * }</pre>
 */
@FunctionalInterface
public interface FunctionHandler {

    /**
     * Runs the function.
     *
     * @param call the account, names and arguments; never null
     * @return the result, never null
     * @throws ApiException for a caller-facing failure, with the exact text to show
     */
    Result handle(Call call);
}
