package dev.uapi.dispatcher.modules;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The plugins installed as jars in {@code <UAPI_HOME>/plugins/<name>/*.jar}: one class loader per directory,
 * whose parent shows only the contract and the JDK ({@link ContractClassLoader}), so that each plugin may
 * bundle its own versions of its libraries.
 *
 * <p>Directories are read in the order of their names. A directory that yields no plugin (no jar, a corrupt
 * jar, no services file) is reported as a problem of {@code plugins/<name>} and the others go on. Finding
 * the plugins costs what {@link java.util.ServiceLoader} needs (each jar's central directory and services
 * file); when the plugins directory does not exist, it costs one look at the file system.
 *
 * <p>The class loaders stay open for the life of the host; {@link #close()} closes their jars.
 */
public final class PluginDirectories implements AutoCloseable {

    /** The directory under {@code UAPI_HOME} that holds one directory per plugin. */
    public static final String DIRECTORY = "plugins";

    private static final String SERVICES_FILE = "META-INF/services/dev.uapi.spi.UapiPlugin";

    private final List<DiscoveredPlugin> plugins;
    private final List<URLClassLoader> loaders;

    private PluginDirectories(List<DiscoveredPlugin> plugins, List<URLClassLoader> loaders) {
        this.plugins = List.copyOf(plugins);
        this.loaders = List.copyOf(loaders);
    }

    /**
     * Finds the plugins of every directory below {@code directory}.
     *
     * @param directory {@code <UAPI_HOME>/plugins}; it need not exist
     * @param host the loader that has the contract ({@code dev.uapi.spi}), usually the host's own
     */
    public static PluginDirectories open(Path directory, ClassLoader host) {
        requireNonNull(directory, "directory is null");
        requireNonNull(host, "host is null");
        if (!Files.isDirectory(directory)) {
            return new PluginDirectories(List.of(), List.of());
        }
        ContractClassLoader contract = new ContractClassLoader(host);
        List<DiscoveredPlugin> plugins = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();
        List<Path> entries;
        try {
            entries = sortedEntries(directory);
        } catch (IOException | DirectoryIteratorException e) {
            return new PluginDirectories(List.of(failed(DIRECTORY, "cannot list " + directory + ": " + e.getMessage())),
                    List.of());
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry) && !name.startsWith(".")) {
                openOne(entry, DIRECTORY + "/" + name, contract, plugins, loaders);
            } else if (name.endsWith(".jar")) {
                plugins.add(failed(DIRECTORY + "/" + name, "a plugin's jars go in a directory of their own, such as "
                        + DIRECTORY + "/" + name.substring(0, name.length() - 4) + "/" + name));
            }
        }
        return new PluginDirectories(plugins, loaders);
    }

    private static void openOne(Path directory, String origin, ContractClassLoader contract,
            List<DiscoveredPlugin> plugins, List<URLClassLoader> loaders) {
        List<Path> jars;
        try {
            jars = sortedEntries(directory).stream()
                    .filter(path -> path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path))
                    .toList();
        } catch (IOException | DirectoryIteratorException e) {
            plugins.add(failed(origin, "cannot list the directory: " + e.getMessage()));
            return;
        }
        if (jars.isEmpty()) {
            plugins.add(failed(origin, "no plugin found: the directory holds no jar"));
            return;
        }
        URLClassLoader loader = new URLClassLoader(origin, urls(jars), contract);
        List<DiscoveredPlugin> found = PluginDiscovery.discover(loader, origin);
        if (found.isEmpty()) {
            close(loader);
            plugins.add(failed(origin, "no plugin found: " + whyNoPlugin(jars)));
            return;
        }
        loaders.add(loader);
        plugins.addAll(found);
    }

    /**
     * Why {@link java.util.ServiceLoader} found nothing. Reached only when a directory yields no plugin, so
     * opening every jar here costs a healthy start nothing.
     */
    private static String whyNoPlugin(List<Path> jars) {
        List<String> unreadable = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getEntry(SERVICES_FILE) != null) {
                    return jar.getFileName() + " has " + SERVICES_FILE + " but it names no class";
                }
            } catch (IOException e) {
                unreadable.add(jar.getFileName() + " is not a readable jar (" + e.getMessage() + ")");
            }
        }
        if (!unreadable.isEmpty()) {
            return String.join("; ", unreadable);
        }
        return "no jar has " + SERVICES_FILE + " (" + String.join(", ",
                jars.stream().map(jar -> jar.getFileName().toString()).toList()) + ")";
    }

    private static List<Path> sortedEntries(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
        return entries;
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is always a URL: " + jars.get(i), e);
            }
        }
        return urls;
    }

    private static DiscoveredPlugin failed(String origin, String message) {
        return new DiscoveredPlugin(origin, origin, null, List.of(new StartupProblem(origin, null, null, message)));
    }

    /**
     * Finds the plugins below each directory in turn: the installation's bundled plugins, then the user's.
     *
     * @param directories the plugins directories, in the order their modules take names
     * @param host the loader that has the contract
     */
    public static PluginDirectories open(List<Path> directories, ClassLoader host) {
        List<DiscoveredPlugin> plugins = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();
        for (Path directory : directories) {
            PluginDirectories one = open(directory, host);
            plugins.addAll(one.plugins);
            loaders.addAll(one.loaders);
        }
        return new PluginDirectories(plugins, loaders);
    }

    /** Every plugin found, directory by directory in name order, with the problems of those that failed. */
    public List<DiscoveredPlugin> plugins() {
        return plugins;
    }

    /** Closes the jars of every plugin's class loader. */
    @Override
    public void close() {
        loaders.forEach(PluginDirectories::close);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the jars are only read; a jar that cannot be closed holds a file handle until the process ends
        }
    }
}
