package dev.uapi.dispatcher.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.dispatcher.settings.SettingsFileException;
import dev.uapi.dispatcher.settings.SettingsReader;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInSettingsReaderTest {

    private static SignInSettings read(String yaml) {
        return SettingsReader.parse(yaml, Path.of("/srv/uapi")).server().signIn();
    }

    @Test
    void noSectionGivesCpanelsAndCphulksDefaults() {
        SignInSettings settings = read("server: {port: 2083}\n");

        assertThat(settings).isEqualTo(SignInSettings.DEFAULTS);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.pendingTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.addressFailures()).isEqualTo(5);
        assertThat(settings.addressLock()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.accountFailures()).isEqualTo(15);
        assertThat(settings.accountLock()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void valuesAreRead() {
        SignInSettings settings = read("server: {sign_in: {idle_timeout_minutes: 30, address_failures: 3}}\n");

        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.addressFailures()).isEqualTo(3);
    }

    @Test
    void anUnknownKeyAndAValueOutOfRangeAreProblemsOfTheFile() {
        assertThatThrownBy(() -> read("server: {sign_in: {idle_timeout: 30, account_failures: 0}}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("server.sign_in.idle_timeout: unknown key")
                .hasMessageContaining("server.sign_in.account_failures");
    }
}
