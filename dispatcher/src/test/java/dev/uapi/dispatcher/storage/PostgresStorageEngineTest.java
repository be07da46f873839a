package dev.uapi.dispatcher.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What only the PostgreSQL engine does: URLs, credentials, collations. */
class PostgresStorageEngineTest {

    @Test
    void describeLeavesOutUserInfoAndParameters() {
        assertThat(PostgresDatabase.redact("jdbc:postgresql://db.example:5432/uapi?user=u&password=hunter2"))
                .isEqualTo("postgresql://db.example:5432/uapi");
        assertThat(PostgresDatabase.redact("jdbc:postgresql://u:hunter2@db.example/uapi"))
                .isEqualTo("postgresql://db.example/uapi");
        assertThat(PostgresDatabase.redact("jdbc:postgresql://h1:5432,h2:5433/uapi"))
                .isEqualTo("postgresql://h1:5432,h2:5433/uapi");
        assertThat(PostgresDatabase.redact("jdbc:postgresql:uapi?password=hunter2")).isEqualTo("postgresql:uapi");
    }

    @Test
    void anotherKindOfUrlIsRefusedWithoutItsParameters() {
        assertThatThrownBy(() -> PostgresStorageEngine.open("jdbc:mysql://h/db?password=hunter2", null, null, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void aPoolWithoutConnectionsIsRefused() {
        assertThatThrownBy(() -> PostgresStorageEngine.open("jdbc:postgresql://127.0.0.1/uapi", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPoolSize");
    }

    @Test
    void anUnreachableServerFailsNamingTheAddressButNoPassword() {
        Logger hikari = Logger.getLogger("com.zaxxer.hikari");
        Level level = hikari.getLevel();
        hikari.setLevel(Level.OFF); // the pool logs the expected failure with a stack trace
        try {
            assertThatThrownBy(() -> PostgresStorageEngine.open(
                            "jdbc:postgresql://127.0.0.1:1/uapi?connectTimeout=2", "uapi", "hunter2", 2))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("postgresql://127.0.0.1:1/uapi")
                    .hasMessageNotContaining("hunter2");
        } finally {
            hikari.setLevel(level);
        }
    }

    @Test
    void credentialsMayBeGivenApartFromTheUrl() throws SQLException {
        try (PostgresTestServer server = PostgresTestServer.withFreshSchema()) {
            String url = server.url();
            String user = parameter(url, "user");
            Assumptions.assumeTrue(user != null, "UAPI_TEST_POSTGRES_URL names no user");
            String password = parameter(url, "password");
            String bare = withoutCredentials(url);

            try (StorageEngine engine = PostgresStorageEngine.open(bare, user, password, 1)) {
                assertThat(engine.forModule("M").put("", "key", "v".getBytes(UTF_8))).isEqualTo(1);
                assertThat(engine.describe()).doesNotContain("user=").doesNotContain("password");
            }
        }
    }

    @Test
    void keysSortByCodePointInADatabaseWithALinguisticCollation() throws SQLException {
        String base = PostgresTestServer.baseUrl();
        String database = "uapi_test_icu_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            PostgresTestServer.execute(base, "CREATE DATABASE " + database
                    + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'");
        } catch (SQLException e) {
            Assumptions.abort("cannot create a database with an ICU collation here: " + e.getMessage());
        }
        try {
            String url = base.replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
            try (StorageEngine engine = PostgresStorageEngine.open(url, null, null, 1)) {
                ModuleStorage storage = engine.forModule("M");
                List.of("b", "B", "_x", "a", "A", "é").forEach(key -> storage.put("", key, "v".getBytes(UTF_8)));

                assertThat(storage.keys("", "")).containsExactly("A", "B", "_x", "a", "b", "é");
                assertThat(storage.keys("", "a")).containsExactly("a");
            }
        } finally {
            PostgresTestServer.execute(base, "DROP DATABASE IF EXISTS " + database);
        }
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        String parameters = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private static String parameter(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return matcher.find() ? matcher.group(1) : null;
    }
}
