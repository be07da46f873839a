package dev.uapi.spi;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * What the host lends a module: the only way a module reaches storage, time, randomness, its settings,
 * logging and encryption.
 *
 * <p>A module must not read the system clock, create its own {@link SecureRandom}, or open files or
 * databases: tests replace each of these, and several server processes must agree on them. Every method
 * returns the same object for the life of the module. All objects are safe for use from many threads.
 */
public interface ModuleContext {

    /**
     * The module's own storage. Keys of different modules never collide.
     *
     * @return never null
     */
    ModuleStorage storage();

    /**
     * The clock to read the time from.
     *
     * @return never null
     */
    Clock clock();

    /**
     * The source of randomness for secrets and tokens.
     *
     * @return never null
     */
    SecureRandom random();

    /**
     * The module's settings, from the {@code modules.<Module>} section of the settings file.
     *
     * @return never null; empty when the file has no section for this module
     */
    ModuleSettings settings();

    /**
     * The logger for this module. Never log secrets, codes or tokens.
     *
     * @return never null
     */
    System.Logger logger();

    /**
     * The host's authenticated encryption under the server key, for values that must be unreadable at rest.
     *
     * @return never null
     */
    SecretCipher secretCipher();

    /**
     * Where the module counts events an operator should see; see {@link ModuleEvents}.
     *
     * @return never null; a host that keeps no metrics returns {@link ModuleEvents#NONE}
     * @since 0.2
     */
    default ModuleEvents events() {
        return ModuleEvents.NONE;
    }
}
