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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>An instance is immutable. {@link #rescan()} reads the directories again for a reload, keeping the entries
 * whose jars did not change. The class loaders stay open for the life of the host, or until a reload replaces
 * their plugin; {@link #close()} closes the jars of this instance's entries.
 */
public final class PluginDirectories implements AutoCloseable {

    /** The directory under {@code UAPI_HOME} that holds one directory per plugin. */
    public static final String DIRECTORY = "plugins";

    private static final String SERVICES_FILE = "META-INF/services/dev.uapi.spi.UapiPlugin";

    private final List<Path> roots;
    private final ContractClassLoader contract;
    private final List<PluginDirectory> entries;

    private PluginDirectories(List<Path> roots, ContractClassLoader contract, List<PluginDirectory> entries) {
        this.roots = List.copyOf(roots);
        this.contract = contract;
        this.entries = List.copyOf(entries);
    }

    /**
     * Finds the plugins of every directory below {@code directory}.
     *
     * @param directory {@code <UAPI_HOME>/plugins}; it need not exist
     * @param host the loader that has the contract ({@code dev.uapi.spi}), usually the host's own
     */
    public static PluginDirectories open(Path directory, ClassLoader host) {
        return open(List.of(requireNonNull(directory, "directory is null")), host);
    }

    /**
     * Finds the plugins below each directory in turn: the installation's bundled plugins, then the user's.
     *
     * @param directories the plugins directories, in the order their modules take names
     * @param host the loader that has the contract
     */
    public static PluginDirectories open(List<Path> directories, ClassLoader host) {
        requireNonNull(host, "host is null");
        PluginDirectories none = new PluginDirectories(directories, new ContractClassLoader(host), List.of());
        return none.rescan();
    }

    /**
     * The same directories read again: an entry whose jars have the same {@linkplain JarStamps stamps} as in
     * this one is kept as it is (its class loader and plugin instances), any other is opened afresh. This
     * one is left as it was; closing the class loaders that are no longer used is the caller's choice.
     */
    PluginDirectories rescan() {
        Map<Path, PluginDirectory> previous = new HashMap<>();
        entries.forEach(entry -> previous.put(entry.path(), entry));
        List<PluginDirectory> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> listed;
            try {
                listed = sortedEntries(root);
            } catch (IOException | DirectoryIteratorException e) {
                // a directory that cannot be read now (a permission being changed) removes none of its plugins
                entries.stream().filter(entry -> entry.loader() != null && entry.path().startsWith(root))
                        .forEach(found::add);
                found.add(failed(root, DIRECTORY, "cannot list " + root + ": " + e.getMessage()));
                continue;
            }
            for (Path entry : listed) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && !name.startsWith(".")) {
                    found.add(openOrKeep(entry, DIRECTORY + "/" + name, previous.get(entry)));
                } else if (name.endsWith(".jar")) {
                    found.add(failed(entry, DIRECTORY + "/" + name, "a plugin's jars go in a directory of their own,"
                            + " such as " + DIRECTORY + "/" + name.substring(0, name.length() - 4) + "/" + name));
                }
            }
        }
        return new PluginDirectories(roots, contract, found);
    }

    /** These directories with some entries swapped for others of the same path (a reload's failed versions). */
    PluginDirectories with(List<PluginDirectory> replaced) {
        return new PluginDirectories(roots, contract, replaced);
    }

    /** Every entry, directory by directory in name order. */
    List<PluginDirectory> entries() {
        return entries;
    }

    private PluginDirectory openOrKeep(Path directory, String origin, PluginDirectory previous) {
        List<Path> jars;
        try {
            jars = sortedEntries(directory).stream()
                    .filter(path -> path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path))
                    .toList();
        } catch (IOException | DirectoryIteratorException e) {
            return failed(directory, origin, "cannot list the directory: " + e.getMessage());
        }
        if (jars.isEmpty()) {
            return failed(directory, origin, "no plugin found: the directory holds no jar");
        }
        JarStamps stamps = JarStamps.of(jars);
        if (previous != null && previous.loader() != null && previous.stamps().equals(stamps)) {
            return previous;
        }
        URLClassLoader loader = new URLClassLoader(origin, urls(jars), contract);
        List<DiscoveredPlugin> found = PluginDiscovery.discover(loader, origin);
        if (found.isEmpty()) {
            PluginDirectory none = new PluginDirectory(directory, stamps, loader, List.of());
            none.close();
            return failed(directory, origin, "no plugin found: " + whyNoPlugin(jars));
        }
        return new PluginDirectory(directory, stamps, loader, found);
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

    private static PluginDirectory failed(Path path, String origin, String message) {
        return new PluginDirectory(path, new JarStamps(List.of()), null, List.of(
                new DiscoveredPlugin(origin, origin, null, List.of(new StartupProblem(origin, null, null, message)))));
    }

    /** Every plugin found, directory by directory in name order, with the problems of those that failed. */
    public List<DiscoveredPlugin> plugins() {
        return entries.stream().flatMap(entry -> entry.plugins().stream()).toList();
    }

    /** Closes the jars of every plugin's class loader. */
    @Override
    public void close() {
        entries.forEach(PluginDirectory::close);
    }
}
