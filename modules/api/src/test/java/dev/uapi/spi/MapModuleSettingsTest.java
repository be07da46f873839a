package dev.uapi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .hasMessage("The setting “modules.TwoFactorAuth.digits” is “8”; expected an integer from 6 to 7.");
    }

    @Test
    void choiceOutsideTheAllowedValuesListsThem() {
        assertThatThrownBy(() -> settings.choice("algorithm", "SHA1", Set.of("SHA1", "SHA256")))
                .hasMessage("The setting “modules.TwoFactorAuth.algorithm” is “MD5”; expected one of SHA1, SHA256.");
    }

    @Test
    void keysNeverReadAreReportedAsUnread() {
        settings.integer("digits", 6, 6, 8);
        settings.text("issuer", null);

        assertThat(settings.unreadKeys()).containsExactly("algorithm", "isuer");
        assertThat(settings.readKeys()).containsExactly("digits", "issuer");
    }
}
