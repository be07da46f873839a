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
        assertThat(settings.server()).containsEntry("port", "2083");
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheKey() {
        assertThatThrownBy(() -> read("""
                storge: {}
                storage: {engine: mysql}
                accounts:
                  bob: {demo: maybe, colour: blue}
                """))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("unknown key “storge” in the top level; known keys: accounts, modules, secrets, server, storage")
                .hasMessageContaining("storage.engine is “mysql”; use sqlite or postgresql")
                .hasMessageContaining("accounts.bob.demo must be true or false (or 1 or 0)")
                .hasMessageContaining("unknown key “colour” in accounts.bob; known keys: demo, features");
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
                .hasMessageContaining("storage.engine is postgresql but storage.postgresql.url is not set");
    }

    @Test
    void invalidYamlIsReportedWithoutAStackTrace() {
        assertThatThrownBy(() -> read("storage: [unclosed\n"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        assertThat(read("").storage().engine()).isEqualTo("sqlite");
    }
}
