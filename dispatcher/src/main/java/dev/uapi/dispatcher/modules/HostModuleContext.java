package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.MapModuleSettings;
import dev.uapi.spi.ModuleContext;
import dev.uapi.spi.ModuleEvents;
import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.SecretCipher;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * The context the host lends one module.
 *
 * @param storage the module's namespace of the store
 * @param clock the host's clock
 * @param random the host's randomness
 * @param settings the module's section of the settings file, tracking reads
 * @param logger a logger named after the module
 * @param secretCipher the server-key cipher
 * @param events where the module's event counts go
 */
public record HostModuleContext(
        ModuleStorage storage,
        Clock clock,
        SecureRandom random,
        MapModuleSettings settings,
        System.Logger logger,
        SecretCipher secretCipher,
        ModuleEvents events) implements ModuleContext {

    /** Checks for nulls. */
    public HostModuleContext {
        requireNonNull(storage, "storage is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(random, "random is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(logger, "logger is null");
        requireNonNull(secretCipher, "secretCipher is null");
        requireNonNull(events, "events is null");
    }

    /** A context whose event counts go nowhere (the command line, tests). */
    public HostModuleContext(ModuleStorage storage, Clock clock, SecureRandom random, MapModuleSettings settings,
            System.Logger logger, SecretCipher secretCipher) {
        this(storage, clock, random, settings, logger, secretCipher, ModuleEvents.NONE);
    }
}
