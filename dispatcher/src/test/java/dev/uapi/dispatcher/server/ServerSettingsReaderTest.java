package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.dispatcher.settings.SettingsFileException;
import dev.uapi.dispatcher.settings.SettingsReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerSettingsReaderTest {

    private static final Path HOME = Path.of("/srv/uapi");

    private static ServerSettings read(String yaml) {
        return SettingsReader.parse(yaml, HOME).server();
    }

    @Test
    void anEmptySectionGivesTheDefaults() {
        ServerSettings settings = read("server: {}\n");

        assertThat(settings).isEqualTo(ServerSettings.DEFAULTS);
        assertThat(settings.bind()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(2083);
        assertThat(settings.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(settings.tls()).isEmpty();
    }

    @Test
    void everySettingIsRead() {
        ServerSettings settings = read("""
                server:
                  bind: "::1"
                  port: 8443
                  tls: {keystore: uapid.p12, password: pw}
                  max_body_bytes: "2048"
                  idle_timeout_seconds: 5
                  request_timeout_seconds: 7s
                  threads: 16
                  stop_timeout_seconds: 1m
                """);

        assertThat(settings).isEqualTo(new ServerSettings("::1", 8443,
                Optional.of(new TlsSettings(HOME.resolve("uapid.p12"), "pw")), 2048, Duration.ofSeconds(5),
                Duration.ofSeconds(7), 16, Duration.ofMinutes(1)));
    }

    @Test
    void anAbsoluteKeystorePathIsKept() {
        ServerSettings settings = read("server: {tls: {keystore: /etc/uapid.p12, password: pw}}\n");

        assertThat(settings.tls().orElseThrow().keystore()).isEqualTo(Path.of("/etc/uapid.p12"));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKnownOnes() {
        assertThatThrownBy(() -> read("server: {prot: 80}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage("uapi.yaml: server.prot: unknown key; known keys: bind, idle_timeout_seconds,"
                        + " max_body_bytes, port, request_timeout_seconds, sign_in, stop_timeout_seconds, threads, tls");
        assertThatThrownBy(() -> read("server: {tls: {keystore: k, password: p, alias: a}}\n"))
                .hasMessage("uapi.yaml: server.tls.alias: unknown key; known keys: keystore, password");
    }

    @Test
    void badValuesAreReportedTogether() {
        assertThatThrownBy(() -> read("server: {port: eighty, threads: 2, tls: {keystore: k}, idle_timeout_seconds: 2x}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("uapi.yaml: server.port: expected an integer from 0 to 65535, not “eighty”")
                .hasMessageContaining("uapi.yaml: server.threads: expected an integer from 8 to 10000, not “2”")
                .hasMessageContaining("uapi.yaml: server.tls.password: must be set: HTTPS needs both keystore and password")
                .hasMessageContaining("uapi.yaml: server.idle_timeout_seconds: expected a duration from 1s to 1d");
    }

    @Test
    void theTlsPasswordIsNeverShown() {
        assertThat(new TlsSettings(HOME, "very-secret").toString()).doesNotContain("very-secret");
    }
}
