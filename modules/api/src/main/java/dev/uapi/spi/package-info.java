/**
 * The contract between the UAPI dispatcher and its modules.
 *
 * <p>A plugin implements {@link dev.uapi.spi.UapiPlugin} (found by {@link java.util.ServiceLoader}), which
 * hands out {@link dev.uapi.spi.ModuleFactory module factories}. Each factory builds an
 * {@link dev.uapi.spi.ApiModule} from a {@link dev.uapi.spi.ModuleContext}: storage, clock, randomness,
 * settings, a logger and the secret cipher. A module declares its functions as data
 * ({@link dev.uapi.spi.FunctionDeclaration}); each handler reads {@link dev.uapi.spi.Arguments}, returns a
 * {@link dev.uapi.spi.Result}, and throws {@link dev.uapi.spi.ApiException} for a caller-facing failure.
 *
 * <h2 id="what-reaches-callers">What reaches callers</h2>
 *
 * <p>A caller sees only a text the module chose: the message of an {@link dev.uapi.spi.ApiException} (and the
 * errors of a {@link dev.uapi.spi.Result}), or, from {@link dev.uapi.spi.ModuleFactory#create}, the message
 * of a {@link dev.uapi.spi.SettingsException}. Any other failure of the module's code, wherever it happens
 * (the plugin's constructor, {@code moduleFactories()}, {@code moduleName()}, {@code create()}, a handler,
 * a record's accessor while the data is read), and a handler's data that is not
 * {@linkplain dev.uapi.spi.PlainData plain}, answers the contract's generic text with an incident id:
 * {@code An unexpected error occurred in M::f (incident 3f9a0c12de). The server log has the details.}, or
 * for a module that failed to start {@code Failed to load module “M”: an unexpected error occurred (incident
 * 3f9a0c12de). The server log has the details.} The log has the full cause under that id. The host contains
 * every throwable a plugin throws: only the module, or the call, fails. An error that may leave the JVM
 * unusable ({@link java.lang.OutOfMemoryError}, any {@link java.lang.VirtualMachineError} but a
 * {@link java.lang.StackOverflowError}) is answered and logged the same way, and then stops the server.
 *
 * <p>This package depends on the JDK only.
 */
package dev.uapi.spi;
