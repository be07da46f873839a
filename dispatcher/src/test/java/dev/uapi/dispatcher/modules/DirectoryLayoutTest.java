package dev.uapi.dispatcher.modules;

import static dev.uapi.dispatcher.modules.FixturePlugins.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link PluginDirectories} makes of the shape of {@code <UAPI_HOME>/plugins}. */
class DirectoryLayoutTest {

    @TempDir
    Path home;

    private List<String> problems() {
        try (PluginDirectories directories = PluginDirectories.open(home.resolve("plugins"), getClass().getClassLoader())) {
            return directories.plugins().stream()
                    .flatMap(plugin -> plugin.problems().stream())
                    .map(StartupProblem::describe)
                    .toList();
        }
    }

    @Test
    void noPluginsDirectoryMeansNoPluginAndNoProblem() {
        try (PluginDirectories directories = PluginDirectories.open(home.resolve("plugins"), getClass().getClassLoader())) {
            assertThat(directories.plugins()).isEmpty();
        }
    }

    @Test
    void aJarLooseInThePluginsDirectoryIsReportedWithWhereItBelongs() throws IOException {
        plugin("fixture.loose", "Loose", "1").writeTo(home.resolve("plugins/loose.jar"));

        assertThat(problems()).containsExactly("plugin plugins/loose.jar: a plugin's jars go in a directory of "
                + "their own, such as plugins/loose/loose.jar");
    }

    @Test
    void anEmptyPluginDirectoryIsReportedAndHiddenOnesAndOtherFilesAreIgnored() throws IOException {
        Files.createDirectories(home.resolve("plugins/empty"));
        Files.createDirectories(home.resolve("plugins/.staging"));
        Files.writeString(home.resolve("plugins/README"), "one directory per plugin");

        assertThat(problems()).containsExactly("plugin plugins/empty: no plugin found: the directory holds no jar");
    }

    @Test
    void directoriesAreReadInNameOrderWhateverTheFileSystemSays() throws IOException {
        for (String name : List.of("zulu", "alpha", "mike")) {
            plugin("fixture." + name, name.toUpperCase(java.util.Locale.ROOT), "1")
                    .writeTo(home.resolve("plugins/" + name + "/" + name + ".jar"));
        }

        try (PluginDirectories directories = PluginDirectories.open(home.resolve("plugins"), getClass().getClassLoader())) {
            assertThat(directories.plugins()).extracting(DiscoveredPlugin::source)
                    .containsExactly("plugins/alpha", "plugins/mike", "plugins/zulu");
        }
    }

    @Test
    void aPluginWhoseConstructorThrowsIsReportedByItsClassAndDirectory() throws IOException {
        PluginJar.withSources()
                .source("fixture.angry.AngryPlugin", """
                        package fixture.angry;
                        public final class AngryPlugin implements dev.uapi.spi.UapiPlugin {
                            public AngryPlugin() {
                                throw new IllegalStateException("no work in constructors, they said");
                            }
                            public java.util.List<dev.uapi.spi.ModuleFactory> moduleFactories() {
                                return java.util.List.of();
                            }
                        }
                        """)
                .service("fixture.angry.AngryPlugin")
                .writeTo(home.resolve("plugins/angry/angry.jar"));

        assertThat(problems()).singleElement().asString()
                .startsWith("plugin fixture.angry.AngryPlugin (plugins/angry): cannot instantiate the plugin: ")
                .contains("no work in constructors, they said");
    }
}
