package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.SettingsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsReaderTest {

    private static final Path HOME = Path.of("/srv/uapi");

    @Test
    void anEmptySectionGivesTheDefaults() {
        ServerSettings settings = ServerSettingsReader.read(Map.of(), HOME);

        assertThat(settings).isEqualTo(ServerSettings.DEFAULTS);
        assertThat(settings.bind()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(2083);
        assertThat(settings.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(settings.tls()).isEmpty();
    }

    @Test
    void everySettingIsRead() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("bind", "::1");
        section.put("port", 8443);
        section.put("tls", Map.of("keystore", "uapid.p12", "password", "pw"));
        section.put("max_body_bytes", "2048");
        section.put("idle_timeout_seconds", 5);
        section.put("request_timeout_seconds", 7);
        section.put("threads", 16);
        section.put("stop_timeout_seconds", 9);

        ServerSettings settings = ServerSettingsReader.read(section, HOME);

        assertThat(settings).isEqualTo(new ServerSettings("::1", 8443,
                Optional.of(new TlsSettings(HOME.resolve("uapid.p12"), "pw")), 2048, Duration.ofSeconds(5),
                Duration.ofSeconds(7), 16, Duration.ofSeconds(9)));
    }

    @Test
    void anAbsoluteKeystorePathIsKept() {
        ServerSettings settings = ServerSettingsReader.read(
                Map.of("tls", Map.of("keystore", "/etc/uapid.p12", "password", "pw")), HOME);

        assertThat(settings.tls().orElseThrow().keystore()).isEqualTo(Path.of("/etc/uapid.p12"));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> ServerSettingsReader.read(Map.of("prot", 80), HOME))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("unknown setting “server.prot”")
                .hasMessageContaining("bind, idle_timeout_seconds, max_body_bytes, port, request_timeout_seconds,"
                        + " sign_in, stop_timeout_seconds, threads, tls");
        assertThatThrownBy(() -> ServerSettingsReader.read(
                Map.of("tls", Map.of("keystore", "k", "password", "p", "alias", "a")), HOME))
                .hasMessageContaining("unknown setting “server.tls.alias”; the known ones are keystore, password");
    }

    @Test
    void badValuesAreReportedTogether() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("port", "eighty");
        section.put("threads", 2);
        section.put("tls", Map.of("keystore", "k"));

        assertThatThrownBy(() -> ServerSettingsReader.read(section, HOME))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("“port” must be a whole number from 0 to 65535, not “eighty”")
                .hasMessageContaining("“threads” must be a whole number from 8 to 10000, not “2”")
                .hasMessageContaining("“server.tls” needs both “keystore” and “password”");
    }

    @Test
    void theTlsPasswordIsNeverShown() {
        assertThat(new TlsSettings(HOME, "very-secret").toString()).doesNotContain("very-secret");
    }
}
