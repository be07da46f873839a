package dev.uapi.dispatcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.settings.UapiSettings;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeStampsTest {

    @TempDir
    Path home;

    @TempDir
    Path bundled;

    private Path jar;
    private HomeStamps stamps;
    private String before;

    @BeforeEach
    void takeStamps() throws IOException {
        jar = Files.writeString(home.resolve("host.jar"), "classes");
        Files.writeString(home.resolve("uapi.db"), "data");
        Files.createDirectories(bundled.resolve("twofactor"));
        Files.writeString(bundled.resolve("twofactor/plugin.jar"), "plugin");
        stamps = HomeStamps.of(UapiSettings.defaults(home), List.of(bundled, home.resolve("plugins")), jar.toString());
        before = stamps.take();
    }

    @Test
    void nothingChangedNothingDiffers() {
        assertThat(stamps.take()).isEqualTo(before);
    }

    @Test
    void writesToTheDatabaseFileAreNotAChange() throws IOException {
        Files.writeString(home.resolve("uapi.db"), "more data, written by a call");

        assertThat(stamps.take()).isEqualTo(before);
    }

    @Test
    void aReplacedDatabaseFileIsAChange() throws IOException {
        // open, as the host's connection holds it: so the new file cannot reuse the old one's inode number
        try (FileChannel open = FileChannel.open(home.resolve("uapi.db"))) {
            Files.delete(home.resolve("uapi.db"));
            Files.writeString(home.resolve("uapi.db"), "data");

            assertThat(stamps.take()).isNotEqualTo(before);
        }
    }

    @Test
    void aSettingsFileWrittenIsAChange() throws IOException {
        Files.writeString(home.resolve("uapi.yaml"), "modules: {}\n");

        assertThat(stamps.take()).isNotEqualTo(before);
    }

    @Test
    void aServerKeyMadeIsAChange() throws IOException {
        Files.writeString(home.resolve("server.key"), "key");

        assertThat(stamps.take()).isNotEqualTo(before);
    }

    @Test
    void aPluginAddedInTheHomeIsAChange() throws IOException {
        Files.createDirectories(home.resolve("plugins/new"));

        assertThat(stamps.take()).isNotEqualTo(before);
    }

    @Test
    void aBundledPluginRebuiltIsAChange() throws IOException {
        Files.setLastModifiedTime(bundled.resolve("twofactor/plugin.jar"), FileTime.fromMillis(12_345_000));

        assertThat(stamps.take()).isNotEqualTo(before);
    }

    @Test
    void aHostJarRebuiltIsAChange() throws IOException {
        Files.writeString(jar, "other classes");

        assertThat(stamps.take()).isNotEqualTo(before);
    }
}
