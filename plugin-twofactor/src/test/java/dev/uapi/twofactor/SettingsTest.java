package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SettingsException;
import dev.uapi.testkit.TestModuleSettings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The module's settings: defaults, strict checks with messages naming the key, and the default issuer. */
class SettingsTest {

    @Test
    void defaultsFollowTheRfcsAndTheSpec() {
        TwoFactorAuthConfig config = read(Map.of(), "server1.example.com");
        assertThat(config).isEqualTo(new TwoFactorAuthConfig(
                "server1.example.com", TotpParameters.DEFAULTS, 1, 32, 5, Duration.ofMinutes(15)));
    }

    @Test
    void everySettingIsRead() {
        Map<String, String> all = Map.of("issuer", "Example", "algorithm", "SHA256", "digits", "8", "period", "60",
                "window", "2", "secret_length", "16", "max_failures", "3", "lockout_seconds", "60");
        TestModuleSettings settings = TestModuleSettings.of("TwoFactorAuth", all);

        TwoFactorAuthConfig config = TwoFactorAuthConfig.from(settings, () -> "unused");

        assertThat(settings.unreadKeys()).isEmpty();
        assertThat(config).isEqualTo(new TwoFactorAuthConfig(
                "Example", new TotpParameters(TotpAlgorithm.SHA256, 8, 60), 2, 16, 3, Duration.ofSeconds(60)));
    }

    @Test
    void unknownKeyIsLeftUnreadForTheHostToReport() {
        TestModuleSettings settings = TestModuleSettings.of("TwoFactorAuth", Map.of("isuer", "Example"));
        TwoFactorAuthConfig.from(settings, () -> "host");
        assertThat(settings.unreadKeys()).containsExactly("isuer");
    }

    @Test
    void invalidIssuerNamesTheKey() {
        for (String issuer : new String[] {"", "a:b", "Ex@mple", "x".repeat(33), "Exämple", "tab\there"}) {
            assertThatThrownBy(() -> read(Map.of("issuer", issuer), "host"))
                    .as("issuer of %d characters", issuer.length())
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("modules.TwoFactorAuth.issuer")
                    .hasMessageContaining("^[ a-zA-Z0-9._-]{1,32}$");
        }
    }

    @Test
    void issuerWithSpacesDotsAndDashesOfUpTo32CharactersIsValid() {
        assertThat(read(Map.of("issuer", "My Host-1.example_2 ___________"), "h").issuer())
                .isEqualTo("My Host-1.example_2 ___________");
    }

    @Test
    void invalidDigitsNamesTheKey() {
        for (String digits : new String[] {"5", "9", "six", ""}) {
            assertThatThrownBy(() -> read(Map.of("digits", digits), "host"))
                    .isInstanceOf(SettingsException.class).hasMessageContaining("digits");
        }
    }

    @Test
    void invalidAlgorithmNamesTheKeyAndTheChoices() {
        for (String algorithm : new String[] {"MD5", "sha1", "SHA-256"}) {
            assertThatThrownBy(() -> read(Map.of("algorithm", algorithm), "host"))
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("algorithm")
                    .hasMessageContaining("SHA1").hasMessageContaining("SHA256").hasMessageContaining("SHA512");
        }
    }

    @Test
    void secretLengthMustBeAMultipleOfEightFromSixteen() {
        assertThatThrownBy(() -> read(Map.of("secret_length", "20"), "host"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("modules.TwoFactorAuth.secret_length").hasMessageContaining("multiple of 8");
        assertThatThrownBy(() -> read(Map.of("secret_length", "8"), "host"))
                .isInstanceOf(SettingsException.class).hasMessageContaining("secret_length");
    }

    @Test
    void outOfRangeNumbersNameTheirKeys() {
        Map<String, String> invalid = Map.of("period", "5", "window", "6", "max_failures", "0", "lockout_seconds", "0");
        invalid.forEach((key, value) -> assertThatThrownBy(() -> read(Map.of(key, value), "host"))
                .isInstanceOf(SettingsException.class).hasMessageContaining(key));
    }

    @Test
    void invalidSettingStopsTheFactoryWithItsOwnMessage() {
        TwoFactorAuthModuleFactory factory = new TwoFactorAuthModuleFactory(() -> "host");
        assertThatThrownBy(() -> factory.create(TwoFactorAuthTester.context().setting("issuer", "a:b").build()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("issuer");
    }

    @Test
    void hostNameIsAskedOnlyWithoutAnIssuer() {
        AtomicInteger asked = new AtomicInteger();
        TwoFactorAuthConfig.from(TestModuleSettings.of("TwoFactorAuth", Map.of("issuer", "Example")), () -> {
            asked.incrementAndGet();
            return "host";
        });
        assertThat(asked).hasValue(0);
    }

    @Test
    void defaultIssuerFallsBackFromHostNameToItsFirstLabelToLocalhost() {
        assertThat(TwoFactorAuthConfig.defaultIssuer("cpanel.example.com")).isEqualTo("cpanel.example.com");
        assertThat(TwoFactorAuthConfig.defaultIssuer("a-very-long-host-name.of.some.datacenter.example.com"))
                .isEqualTo("a-very-long-host-name");
        assertThat(TwoFactorAuthConfig.defaultIssuer("x".repeat(40) + ".example.com")).isEqualTo("localhost");
        assertThat(TwoFactorAuthConfig.defaultIssuer("host:name")).isEqualTo("localhost");
        assertThat(TwoFactorAuthConfig.defaultIssuer("")).isEqualTo("localhost");
        assertThat(TwoFactorAuthConfig.defaultIssuer(null)).isEqualTo("localhost");
    }

    private static TwoFactorAuthConfig read(Map<String, String> settings, String hostName) {
        return TwoFactorAuthConfig.from(TestModuleSettings.of("TwoFactorAuth", settings), () -> hostName);
    }
}
