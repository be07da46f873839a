package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * One entry of a plugins directory as it was opened: a plugin's directory with the stamps of its jars, its
 * class loader and the plugins found, or a stray entry (a jar lying directly in {@code plugins/}) with only
 * its problem.
 *
 * @param path the entry
 * @param stamps its jars' stamps when it was opened; empty for a stray entry
 * @param loader the class loader of its jars, or null when none is open
 * @param plugins the plugins found, or the one failed entry that reports why there are none
 */
record PluginDirectory(Path path, JarStamps stamps, URLClassLoader loader, List<DiscoveredPlugin> plugins) {

    PluginDirectory {
        requireNonNull(path, "path is null");
        requireNonNull(stamps, "stamps is null");
        plugins = List.copyOf(plugins);
    }

    /** Whether every plugin was found without a problem. */
    boolean healthy() {
        return loader != null && plugins.stream().allMatch(plugin -> plugin.plugin() != null && plugin.problems().isEmpty());
    }

    /** Closes its jars, if it has any open. */
    void close() {
        if (loader == null) {
            return;
        }
        try {
            loader.close();
        } catch (IOException e) {
            // the jars are only read; a jar that cannot be closed holds a file handle until the process ends
        }
    }
}
