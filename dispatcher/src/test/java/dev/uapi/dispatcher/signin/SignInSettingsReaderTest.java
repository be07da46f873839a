package dev.uapi.dispatcher.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.dispatcher.server.ServerSettingsReader;
import dev.uapi.spi.SettingsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInSettingsReaderTest {

    @Test
    void noSectionGivesCpanelsAndCphulksDefaults() {
        SignInSettings settings = SignInSettingsReader.read(null);

        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.pendingTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.addressFailures()).isEqualTo(5);
        assertThat(settings.addressLock()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.accountFailures()).isEqualTo(15);
        assertThat(settings.accountLock()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void valuesAreRead() {
        SignInSettings settings = SignInSettingsReader.read(Map.of("idle_timeout_minutes", 30, "address_failures", "3"));

        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.addressFailures()).isEqualTo(3);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> SignInSettingsReader.read(Map.of("idle_timeout", 30, "account_failures", 0)))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown setting “server.sign_in.idle_timeout”; the known ones are")
                .hasMessageContaining("“sign_in.account_failures” must be a whole number from 1 to 10000, not “0”");
    }

    @Test
    void theServerSectionLeavesSignInToThisReader() {
        assertThat(ServerSettingsReader.read(Map.of("sign_in", Map.of("address_failures", 3)), Path.of("/tmp")).port())
                .isEqualTo(2083);
    }
}
