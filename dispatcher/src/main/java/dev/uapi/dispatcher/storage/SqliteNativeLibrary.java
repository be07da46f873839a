package dev.uapi.dispatcher.storage;

import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps the SQLite driver's native library in a cache directory so that a short-lived process does not unpack it
 * again on every start.
 *
 * <p>Left alone, the driver copies its 1 MB library out of its jar into a new temporary file each time a JVM
 * first opens a database: 100 to 200 ms, most of the time {@code bin/uapi} may take. Call {@link #cacheIn} once,
 * before the first {@link SqliteStorageEngine#open}, for example with {@code <UAPI_HOME>/lib}:
 *
 * <pre>{@code
 * SqliteNativeLibrary.cacheIn(home.resolve("lib"));
 * StorageEngine engine = SqliteStorageEngine.open(home.resolve("uapi.db"));
 * }</pre>
 *
 * <p>The cached file is named after the driver's version and platform, so an upgrade unpacks a new one. It
 * is owner-only and is used only from a directory that only its owner can write: a library that others can
 * replace would run their code in this process.
 */
public final class SqliteNativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {}

    /**
     * Points the driver at a cached copy of its native library in {@code directory}, unpacking it there first
     * when missing. Does nothing when {@code org.sqlite.lib.path} is already set (the operator chose a library),
     * and has no effect once this JVM has loaded the driver.
     *
     * @return true when the driver will load the cached copy; false when it will unpack its own as usual (the
     *     property was set, the directory is not private, or the copy could not be written)
     */
    public static boolean cacheIn(Path directory) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        try {
            Path absolute = directory.toAbsolutePath();
            OwnerOnlyFiles.createDirectories(absolute);
            if (!OwnerOnlyFiles.groupAndOthersPermissions(absolute).isEmpty()) {
                return false;
            }
            Path cached = remembered(absolute);
            if (cached == null) {
                // the driver's platform detection runs `uname` in a subprocess: once per cache, not per call
                String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
                cached = absolute.resolve(cachedName(resource));
                if (!Files.isRegularFile(cached)) {
                    unpack(resource, cached);
                }
                remember(absolute, cached);
            }
            System.setProperty(PATH_PROPERTY, absolute.toString());
            System.setProperty(NAME_PROPERTY, cached.getFileName().toString());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The cached library an earlier process chose for this driver version and platform, or null. The choice
     * is kept in a small file next to the library, named after what the JVM says of the platform.
     */
    private static Path remembered(Path directory) throws IOException {
        Path note = noteFile(directory);
        if (!Files.isRegularFile(note)) {
            return null;
        }
        String name = Files.readString(note, StandardCharsets.UTF_8).strip();
        // only a plain file name of ours: the note must not point the driver anywhere else
        if (!name.startsWith("sqlite-jdbc-") || name.contains("/") || name.contains("\\")) {
            return null;
        }
        Path cached = directory.resolve(name);
        return Files.isRegularFile(cached) ? cached : null;
    }

    private static void remember(Path directory, Path cached) throws IOException {
        Path note = noteFile(directory);
        Path temporary = OwnerOnlyFiles.createTempFile(directory, note.getFileName() + ".");
        try {
            Files.writeString(temporary, cached.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temporary, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path noteFile(Path directory) {
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_");
        return directory.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform + ".library");
    }

    /** {@code sqlite-jdbc-3.54.1.0-Linux-x86_64-libsqlitejdbc.so} for {@code /org/sqlite/native/Linux/x86_64/...}. */
    static String cachedName(String resource) {
        String platform = resource.replaceFirst("^/org/sqlite/native/", "").replace('/', '-');
        return "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform;
    }

    private static void unpack(String resource, Path cached) throws IOException {
        Path temporary = OwnerOnlyFiles.createTempFile(cached.getParent(), cached.getFileName() + ".");
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (library == null) {
                throw new IOException("The SQLite driver has no native library at " + resource);
            }
            // into the owner-only file as it is: Files.copy(..., REPLACE_EXISTING) would make a new one
            try (OutputStream out = Files.newOutputStream(temporary)) {
                library.transferTo(out);
            }
            // another process may have unpacked the same bytes meanwhile: replacing them is harmless, and the
            // rename is atomic, so nobody ever loads a half-written library
            Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
