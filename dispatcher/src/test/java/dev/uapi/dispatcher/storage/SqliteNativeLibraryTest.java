package dev.uapi.dispatcher.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The cache of the driver's native library. The driver is already loaded in this JVM, so these tests only look at
 * the files and the properties; {@link SqliteStorageEngineTest} starts processes that load the cached copy.
 */
class SqliteNativeLibraryTest {

    @TempDir
    private Path directory;

    private String path;
    private String name;

    @BeforeEach
    void clearProperties() {
        path = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        name = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, path);
        restore(SqliteNativeLibrary.NAME_PROPERTY, name);
    }

    @Test
    void theLibraryIsUnpackedOwnerOnlyAndTheDriverPointedAtIt() throws IOException {
        Path cache = directory.resolve("home/lib");

        assertThat(SqliteNativeLibrary.cacheIn(cache)).isTrue();

        Path cached = cache.resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(cache.toString());
        assertThat(cached.getFileName().toString()).startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-");
        assertThat(Files.readAllBytes(cached)).isEqualTo(libraryInTheJar());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cached))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        try (var files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(cached.getFileName().toString(), noteName());
        }
        assertThat(Files.readString(cache.resolve(noteName()))).isEqualTo(cached.getFileName().toString());
    }

    @Test
    void aNotePointingOutsideTheCacheIsIgnored() throws IOException {
        Files.writeString(directory.resolve(noteName()), "../../usr/lib/evil.so");

        assertThat(SqliteNativeLibrary.cacheIn(directory)).isTrue();

        assertThat(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)).startsWith("sqlite-jdbc-").doesNotContain("/");
        assertThat(Files.readString(directory.resolve(noteName()))).isEqualTo(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
    }

    private static String noteName() {
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_");
        return "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform + ".library";
    }

    @Test
    void aCachedLibraryIsReusedAsItIs() throws IOException {
        SqliteNativeLibrary.cacheIn(directory);
        Path cached = directory.resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(cached, past);
        clearProperties();

        assertThat(SqliteNativeLibrary.cacheIn(directory)).isTrue();

        assertThat(Files.getLastModifiedTime(cached)).isEqualTo(past);
    }

    @Test
    void aLibraryTheOperatorChoseIsLeftAlone() {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/sqlite");

        assertThat(SqliteNativeLibrary.cacheIn(directory.resolve("lib"))).isFalse();

        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/sqlite");
        assertThat(directory.resolve("lib")).doesNotExist();
    }

    @Test
    void aDirectoryOthersCanWriteIsNotUsed() throws IOException {
        Path shared = Files.createDirectory(directory.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(SqliteNativeLibrary.cacheIn(shared)).isFalse();

        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
        try (var files = Files.list(shared)) {
            assertThat(files).isEmpty();
        }
    }

    private static byte[] libraryInTheJar() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return library.readAllBytes();
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
