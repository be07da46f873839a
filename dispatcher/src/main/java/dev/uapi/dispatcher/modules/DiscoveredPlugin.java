package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * A plugin as discovery found it.
 *
 * @param name how to name it in reports: its class name, or its directory
 * @param plugin the instance, or null when it could not be instantiated
 * @param problems what went wrong finding or instantiating it
 */
public record DiscoveredPlugin(String name, UapiPlugin plugin, List<StartupProblem> problems) {

    /** Checks for nulls and copies the problems. */
    public DiscoveredPlugin {
        requireNonNull(name, "name is null");
        problems = List.copyOf(problems);
    }
}
