package dev.uapi.dispatcher.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsReaderTest {

    @TempDir
    Path home;

    private UapiSettings read(String yaml) throws IOException {
        Files.writeString(home.resolve("uapi.yaml"), yaml);
        return SettingsReader.read(home);
    }

    @Test
    void homeWithoutSettingsFileGetsTheDefaults() {
        UapiSettings settings = SettingsReader.read(home);

        assertThat(settings.storage().engine()).isEqualTo("sqlite");
        assertThat(settings.storage().sqliteFile()).isEqualTo(home.resolve("uapi.db"));
        assertThat(settings.keyFile()).isEqualTo(home.resolve("server.key"));
        assertThat(settings.accounts()).isEmpty();
    }

    @Test
    void fullFileIsRead() throws IOException {
        UapiSettings settings = read("""
                storage:
                  engine: postgresql
                  postgresql: {url: "jdbc:postgresql://127.0.0.1:5432/uapi", user: uapi, password: pw, pool_size: 4,
                               timeout_seconds: 9}
                secrets:
                  key_file: keys/server.key
                accounts:
                  bob: {demo: true, features: {twofactorauth: false}}
                modules:
                  TwoFactorAuth: {issuer: Example Host, digits: 8}
                server:
                  port: 2083
                """);

        assertThat(settings.storage().postgresUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/uapi");
        assertThat(settings.storage().poolSize()).isEqualTo(4);
        assertThat(settings.storage().timeoutSeconds()).isEqualTo(9);
        assertThat(settings.storage().toString()).doesNotContain("pw");
        assertThat(settings.keyFile()).isEqualTo(home.resolve("keys/server.key"));
        assertThat(settings.accounts().get("bob").demo()).isTrue();
        assertThat(settings.accounts().get("bob").hasFeature("twofactorauth")).isFalse();
        assertThat(settings.accounts().get("bob").hasFeature("apitokens")).isTrue();
        assertThat(settings.module("TwoFactorAuth")).containsEntry("issuer", "Example Host").containsEntry("digits", "8");
        assertThat(settings.server().port()).isEqualTo(2083);
    }

    @Test
    void everyProblemOfEverySectionIsReportedAtOnceInOneWording() {
        assertThatThrownBy(() -> read("""
                storge: {}
                storage: {engine: mysql, engin: x, postgresql: {pool_size: "0"}}
                accounts:
                  bob: {demo: maybe, colour: blue}
                server: {prot: 1}
                plugins: {dir: [a]}
                log: {format: xml}
                metrics: {port: -1}
                modules:
                  TwoFactorAuth: {digits: [6]}
                """))
                .isInstanceOf(SettingsFileException.class)
                .satisfies(e -> assertThat(((SettingsFileException) e).problems()).containsExactly(
                        "uapi.yaml: storge: unknown key; known keys: accounts, log, metrics, modules, plugins,"
                                + " secrets, server, storage",
                        "uapi.yaml: storage.engin: unknown key; known keys: engine, postgresql, sqlite",
                        "uapi.yaml: storage.engine: expected one of postgresql, sqlite, not “mysql”",
                        "uapi.yaml: storage.postgresql.pool_size: expected an integer from 1 to 1000, not “0”",
                        "uapi.yaml: accounts.bob.colour: unknown key; known keys: demo, features",
                        "uapi.yaml: accounts.bob.demo: expected true or false (or 1 or 0), not “maybe”",
                        "uapi.yaml: modules.TwoFactorAuth.digits: expected a single value",
                        "uapi.yaml: server.prot: unknown key; known keys: bind, idle_timeout_seconds, max_body_bytes,"
                                + " port, request_timeout_seconds, sign_in, stop_timeout_seconds, threads, tls",
                        "uapi.yaml: plugins.dir: expected a single value",
                        "uapi.yaml: log.format: expected one of json, text, not “xml”",
                        "uapi.yaml: metrics.port: expected an integer from 0 to 65535, not “-1”"));
    }

    @Test
    void anAccountNameOutsideTheOneRuleIsAProblemOfTheFile() {
        assertThatThrownBy(() -> read("accounts:\n  Alice: {demo: true}\n  bob: {demo: true}\n"))
                .hasMessage("uapi.yaml: accounts.Alice: " + dev.uapi.dispatcher.accounts.AccountNames.INVALID);
    }

    @Test
    void thePostgresqlTimeoutDefaultsTo10SecondsAndIsBounded() throws IOException {
        assertThat(read("storage: {postgresql: {url: \"jdbc:postgresql://h/db\"}}\n").storage().timeoutSeconds())
                .isEqualTo(10);
        assertThatThrownBy(() -> read("storage: {postgresql: {url: \"jdbc:postgresql://h/db\", timeout_seconds: 0}}\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("storage.postgresql.timeout_seconds");
    }

    @Test
    void postgresqlWithoutUrlIsRefused() {
        assertThatThrownBy(() -> read("storage: {engine: postgresql}\n"))
                .hasMessage("uapi.yaml: storage.postgresql.url: must be set when storage.engine is postgresql");
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> read("storage: {engine: postgresql, postgresql: {url: \"mysql://u:secret@h/db\"}}\n"))
                .hasMessage("uapi.yaml: storage.postgresql.url: expected a PostgreSQL JDBC URL,"
                        + " jdbc:postgresql://host:port/database")
                .hasMessageNotContaining("secret");
    }

    @Test
    void thePluginsDirectoryIsASettingRelativeToTheHome() throws IOException {
        assertThat(read("plugins: {dir: extra/plugins}\n").pluginsDirectory()).isEqualTo(home.resolve("extra/plugins"));
        assertThat(read("").pluginsDirectory()).isEqualTo(home.resolve("plugins"));
    }

    @Test
    void invalidYamlIsReportedWithoutAStackTrace() {
        assertThatThrownBy(() -> read("storage: [unclosed\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("uapi.yaml: not valid YAML (line ");
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        assertThat(read("").storage().engine()).isEqualTo("sqlite");
    }
}
