package dev.uapi.spi;

/**
 * Builds one UAPI module from what the host lends it.
 *
 * <p>The host calls {@link #create(ModuleContext)} once per process, at startup, on the startup thread, and
 * keeps the returned module for the life of the process. A factory that throws marks its module as failed:
 * the host goes on with the other modules, and calls to this one answer
 * {@code Failed to load module “<M>”: <reason>}, where the reason is a {@link SettingsException}'s message,
 * or for anything else the contract's generic text with an incident id (see
 * <a href="package-summary.html#what-reaches-callers">what reaches callers</a>).
 *
 * <p>This is where a plugin builds its own dependency-injection graph (Guice, for instance) from the
 * context's storage, clock and randomness. The factory itself holds no state.
 */
public interface ModuleFactory {

    /**
     * The module's name as callers spell it, for example {@code TwoFactorAuth}. It must match the
     * {@link ApiModule#name()} of the created module. The host reads it before {@link #create} so that it can
     * name a module whose creation failed.
     *
     * @return a name of {@code [A-Za-z][A-Za-z0-9_]*}
     */
    String moduleName();

    /**
     * Creates the module.
     *
     * @param context what the host lends this module: storage, clock, randomness, settings, a logger and
     *     the secret cipher; never null
     * @return the ready module, never null
     * @throws SettingsException when the module's settings are invalid; the message names the setting
     * @throws RuntimeException for any other reason the module cannot start; callers see only an incident id,
     *     the log has the exception
     */
    ApiModule create(ModuleContext context);
}
