package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MapModuleSettingsTest {

    private final MapModuleSettings settings =
            new MapModuleSettings("TwoFactorAuth", Map.of("digits", "8", "algorithm", "MD5", "isuer", "x"));

    @Test
    void absentSettingGivesTheDefault() {
        assertThat(settings.text("issuer", "host")).isEqualTo("host");
        assertThat(settings.integer("period", 30, 10, 300)).isEqualTo(30);
    }

    @Test
    void integerOutsideItsBoundsNamesTheSettingAndTheRange() {
        assertThatThrownBy(() -> settings.integer("digits", 6, 6, 7))
                .isInstanceOf(SettingsException.class)
                .hasMessage("uapi.yaml: modules.TwoFactorAuth.digits: expected an integer from 6 to 7, not “8”");
        assertThat(settings.problems()).containsExactly(
                "uapi.yaml: modules.TwoFactorAuth.digits: expected an integer from 6 to 7, not “8”");
    }

    @Test
    void choiceOutsideTheAllowedValuesListsThem() {
        assertThatThrownBy(() -> settings.choice("algorithm", "SHA1", Set.of("SHA1", "SHA256")))
                .hasMessage("uapi.yaml: modules.TwoFactorAuth.algorithm: expected one of SHA1, SHA256, not “MD5”");
    }

    @Test
    void keysNeverReadAreReportedAsUnread() {
        settings.integer("digits", 6, 6, 8);
        settings.text("issuer", null);

        assertThat(settings.unreadKeys()).containsExactly("algorithm", "isuer");
        assertThat(settings.readKeys()).containsExactly("digits", "issuer");
        assertThat(settings.unknownKeyProblems()).containsExactly(
                "uapi.yaml: modules.TwoFactorAuth.algorithm: unknown key; known keys: digits, issuer",
                "uapi.yaml: modules.TwoFactorAuth.isuer: unknown key; known keys: digits, issuer");
    }

    @Test
    void aModuleThatReadsNothingListsNoKnownKeys() {
        assertThat(new MapModuleSettings("Quiet", Map.of("x", "1")).unknownKeyProblems())
                .containsExactly("uapi.yaml: modules.Quiet.x: unknown key; this section takes no keys");
    }

    @Test
    void integersAndDurationsHaveOneSyntax() {
        MapModuleSettings values = new MapModuleSettings("M", Map.of("a", " 12 ", "b", "1.5", "c", "15m", "d", "900",
                "e", "2x"));

        assertThat(values.integer("a", 0, 0, 100)).isEqualTo(12);
        assertThatThrownBy(() -> values.integer("b", 0, 0, 100))
                .hasMessage("uapi.yaml: modules.M.b: expected an integer from 0 to 100, not “1.5”");
        assertThat(values.duration("c", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(1)))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(values.duration("d", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(1)))
                .isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> values.duration("e", Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofDays(1)))
                .hasMessage("uapi.yaml: modules.M.e: expected a duration from 1s to 1d (for example 30s, 15m, 1h), not “2x”");
        assertThat(SettingSyntax.integer("+3")).isNull();
        assertThat(SettingSyntax.integer("-3")).isEqualTo(-3L);
    }
}
