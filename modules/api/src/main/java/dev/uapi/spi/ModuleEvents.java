package dev.uapi.spi;

/**
 * Counts what happens inside a module that an operator should be able to watch (a two-factor lockout, a
 * replayed code refused), without the module depending on any metrics library: the host turns each count
 * into its own metric, {@code uapi_module_events_total{module="<Module>",event="<event>"}} on the server's
 * {@code /metrics}. Outside a server (the command line, tests) counts go nowhere, or to the test kit's
 * recorder.
 *
 * <pre>{@code
 * context.events().count("lockout");
 * }</pre>
 *
 * <p>Event names are part of the module's public face, like function names: a few fixed words, never built
 * from input. The host drops a name that is not 1 to 40 characters of {@code [a-z0-9_]} starting with a
 * letter, and names beyond the first 32 of a module. Safe for use from many threads.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ModuleEvents {

    /** Counts nothing. */
    ModuleEvents NONE = event -> { };

    /**
     * Counts one occurrence.
     *
     * @param event the event's fixed name, such as {@code lockout}
     */
    void count(String event);
}
