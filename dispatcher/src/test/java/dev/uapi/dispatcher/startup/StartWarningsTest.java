package dev.uapi.dispatcher.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.server.ServerSettings;
import dev.uapi.dispatcher.settings.SettingsReader;
import dev.uapi.dispatcher.settings.UapiSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartWarningsTest {

    @TempDir
    Path home;

    @Test
    void plainHttpOnAnAddressOtherThanLoopbackIsWarnedAbout() {
        UapiSettings settings = UapiSettings.defaults(home);

        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS.withBind("0.0.0.0")))
                .singleElement().asString().startsWith("warning: serving plain HTTP on 0.0.0.0, which is not a loopback");
        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS.withBind("127.0.0.1"))).isEmpty();
        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS.withBind("::1"))).isEmpty();
        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS.withBind("localhost"))).isEmpty();
    }

    @Test
    void aDatabasePasswordInAFileOthersCanReadIsWarnedAbout() throws IOException {
        Path file = Files.writeString(home.resolve("uapi.yaml"),
                "storage: {engine: postgresql, postgresql: {url: \"jdbc:postgresql://127.0.0.1/uapi\", password: pw}}\n");
        UapiSettings settings = SettingsReader.read(home);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS)).singleElement().asString()
                .isEqualTo("warning: " + file + " holds the database password and other users can read it;"
                        + " make it owner-only: chmod 600 " + file)
                .doesNotContain("pw;");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(StartWarnings.of(settings, ServerSettings.DEFAULTS)).isEmpty();
    }
}
