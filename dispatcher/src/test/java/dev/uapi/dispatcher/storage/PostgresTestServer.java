package dev.uapi.dispatcher.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against, named by {@code UAPI_TEST_POSTGRES_URL}, with a fresh schema
 * per test class so that runs never see each other's rows.
 */
final class PostgresTestServer implements AutoCloseable {

    private static final String HOW_TO = "set UAPI_TEST_POSTGRES_URL to a JDBC URL with user and password, for"
            + " example jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres&password=x;"
            + " eval \"$(.ci/postgres-start)\" starts a throwaway server and sets it";

    // held here: java.util.logging forgets a logger's level once nothing references the logger
    private static final Logger HIKARI_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        HIKARI_LOG.setLevel(Level.WARNING);
    }

    private final String baseUrl;
    private final String schema;

    private PostgresTestServer(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    /**
     * Creates a fresh schema, or aborts the calling test class when no server is configured (fails it when
     * {@code UAPI_REQUIRE_POSTGRES=1}).
     */
    static PostgresTestServer withFreshSchema() throws SQLException {
        String url = baseUrl();
        String schema = "uapi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return new PostgresTestServer(url, schema);
    }

    static String baseUrl() {
        String url = System.getenv("UAPI_TEST_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if ("1".equals(System.getenv("UAPI_REQUIRE_POSTGRES"))) {
            fail("UAPI_REQUIRE_POSTGRES=1 but no PostgreSQL server is configured: " + HOW_TO);
        }
        Assumptions.abort("PostgreSQL tests skipped: " + HOW_TO);
        throw new AssertionError("unreachable");
    }

    /** The server's URL with this class's schema as the current schema. */
    String url() {
        return withParameter(baseUrl, "currentSchema=" + schema);
    }

    String schema() {
        return schema;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Drops the tables the engine creates, so the next engine starts from an empty schema. */
    void dropTables() throws SQLException {
        execute(url(), "DROP TABLE IF EXISTS uapi_values, uapi_schema_version");
    }

    static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute(baseUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
}
