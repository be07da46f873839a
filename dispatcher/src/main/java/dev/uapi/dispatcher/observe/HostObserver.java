package dev.uapi.dispatcher.observe;

import dev.uapi.spi.ModuleEvents;

/**
 * What the host reports as it works, for the server's metrics. Defined here without any metrics library's
 * types, so that the command line, which keeps no metrics, never loads one: it uses {@link #NONE}.
 * Implementations are safe for use from many threads and never throw.
 */
public interface HostObserver {

    /** Observes nothing. */
    HostObserver NONE = new HostObserver() { };

    /**
     * One dispatched call.
     *
     * @param module the module's name, or {@code unknown} when no plugin provides it
     * @param function the function's name, or {@code unknown} when the module does not declare it
     * @param outcome {@code success} or {@code failure}: the envelope's status
     * @param nanos how long the dispatcher took
     */
    default void call(String module, String function, String outcome, long nanos) {
    }

    /** An HTTP request refused for its API token (answered 401). */
    default void tokenRejected() {
    }

    /**
     * A sign-in event: a login, a failure, a lock, a logout, a denied security token.
     *
     * @param event the event's name in lower case ({@code login}, {@code failure}, {@code locked}, ...)
     */
    default void signInEvent(String event) {
    }

    /** A store operation failed (the database unreachable, a statement refused). */
    default void storeError() {
    }

    /**
     * A plugin, or one of its modules, failed to load.
     *
     * @param plugin the plugin's name, as its start-up line gives it
     */
    default void pluginLoadFailed(String plugin) {
    }

    /**
     * A reload of the plugins directories (SIGHUP).
     *
     * @param outcome {@code success} when every new or changed plugin loaded, {@code failure} when one did not
     *     (its previous version still serves)
     */
    default void pluginReload(String outcome) {
    }

    /**
     * Where one module's event counts go.
     *
     * @param module the module's name
     */
    default ModuleEvents events(String module) {
        return ModuleEvents.NONE;
    }
}
