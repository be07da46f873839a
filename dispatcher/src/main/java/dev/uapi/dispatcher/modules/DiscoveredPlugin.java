package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.UapiPlugin;
import java.util.List;

/**
 * A plugin as discovery found it.
 *
 * @param name how to name it in reports: its class name, followed by its directory for a plugin from the
 *     plugins directory ({@code com.example.NotesPlugin (plugins/notes)}); the directory alone when no plugin
 *     could be instantiated
 * @param source where it was found: {@value PluginDiscovery#CLASS_PATH} or {@code plugins/<name>}
 * @param plugin the instance, or null when it could not be instantiated
 * @param problems what went wrong finding or instantiating it
 */
public record DiscoveredPlugin(String name, String source, UapiPlugin plugin, List<StartupProblem> problems) {

    /** Checks for nulls and copies the problems. */
    public DiscoveredPlugin {
        requireNonNull(name, "name is null");
        requireNonNull(source, "source is null");
        problems = List.copyOf(problems);
    }

    /** A plugin found on the application class path. */
    public DiscoveredPlugin(String name, UapiPlugin plugin, List<StartupProblem> problems) {
        this(name, PluginDiscovery.CLASS_PATH, plugin, problems);
    }
}
