package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.settings.UapiSettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a started host has read and would not read again: the settings file, the server key, the SQLite file,
 * the plugins' jars and the host's own. The resident host takes these stamps after each call and compares them
 * before the next: when anything changed meanwhile (an edited settings file, a new key, a database file
 * replaced, a plugin added or rebuilt, a new build), a host started now would differ, so the resident host
 * declines the call and stops.
 *
 * <p>A stamp is the file's identity (device and inode), size and modification time; the SQLite file's is its
 * identity alone, since every write changes the rest.
 */
final class HomeStamps {

    private final List<Path> files;
    private final Path database;
    private final List<Path> pluginDirectories;

    private HomeStamps(List<Path> files, Path database, List<Path> pluginDirectories) {
        this.files = List.copyOf(files);
        this.database = database;
        this.pluginDirectories = List.copyOf(pluginDirectories);
    }

    /**
     * The files of a host started with {@code settings}, its plugins in {@code pluginDirectories} and its code
     * on {@code classPath} (as {@code java.class.path} gives it).
     */
    static HomeStamps of(UapiSettings settings, List<Path> pluginDirectories, String classPath) {
        List<Path> files = new ArrayList<>();
        files.add(settings.home().resolve(SettingsReader.FILE_NAME));
        files.add(settings.keyFile());
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                files.add(Path.of(entry).toAbsolutePath());
            }
        }
        Path database = settings.storage().engine().equals("sqlite") ? settings.storage().sqliteFile() : null;
        return new HomeStamps(files, database, pluginDirectories);
    }

    /** The stamps now, to compare with a later {@link #take()}. */
    String take() {
        StringBuilder stamps = new StringBuilder();
        for (Path file : files) {
            stamps.append(file).append(' ').append(stamp(file, true)).append('\n');
        }
        if (database != null) {
            stamps.append(database).append(' ').append(stamp(database, false)).append('\n');
        }
        for (Path directory : pluginDirectories) {
            plugins(directory, stamps);
        }
        return stamps.toString();
    }

    /** Each plugin directory under {@code root} and each file in it: what plugin discovery reads. */
    private static void plugins(Path root, StringBuilder stamps) {
        stamps.append(root).append(' ').append(stamp(root, true)).append('\n');
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> found = Files.walk(root, 2)) {
            found.sorted().forEach(path -> stamps.append(path).append(' ').append(stamp(path, true)).append('\n'));
        } catch (IOException | UncheckedIOException e) {
            // unreadable now: a host started now would see something else than this one did
            stamps.append(root).append(" unreadable ").append(e.getMessage()).append('\n');
        }
    }

    private static String stamp(Path file, boolean contents) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String identity = String.valueOf(attributes.fileKey());
            return contents ? identity + ' ' + attributes.size() + ' ' + attributes.lastModifiedTime()
                    : identity;
        } catch (NoSuchFileException e) {
            return "absent";
        } catch (IOException e) {
            return "unreadable " + e.getClass().getSimpleName();
        }
    }
}
