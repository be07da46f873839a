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
 * <p>This package depends on the JDK only.
 */
package dev.uapi.spi;
