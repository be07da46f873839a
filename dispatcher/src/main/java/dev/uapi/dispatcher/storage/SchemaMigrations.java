package dev.uapi.dispatcher.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database's schema to the version this release knows, on every start.
 *
 * <p>The steps run in {@link SqlDatabase#runExclusive}, so when two processes start at once the second waits,
 * then finds the version already applied and does nothing. A step is never edited once released: a change
 * to the schema is a new step with the next version.
 */
final class SchemaMigrations {

    /** One step of the schema: its version and its statements, with {@code {text}} and {@code {bytes}} types. */
    private record Step(int version, List<String> statements) {}

    private static final List<Step> STEPS = List.of(
            new Step(1, List.of("""
                    CREATE TABLE uapi_values (
                        module {text} NOT NULL,
                        account {text} NOT NULL,
                        item_key {text} NOT NULL,
                        version BIGINT NOT NULL,
                        item_value {bytes} NOT NULL,
                        PRIMARY KEY (module, account, item_key)
                    )""")));

    static final int LATEST_VERSION = STEPS.get(STEPS.size() - 1).version();

    private SchemaMigrations() {}

    /**
     * Applies the missing steps.
     *
     * @throws SQLException when a step fails, or when the database was migrated by a newer release
     */
    static void migrate(SqlDatabase database) throws SQLException {
        SqlDialect dialect = database.dialect();
        database.runExclusive(connection -> {
            execute(connection, "CREATE TABLE IF NOT EXISTS uapi_schema_version (version INTEGER PRIMARY KEY)");
            int current = currentVersion(connection);
            if (current > LATEST_VERSION) {
                throw new SQLException("The schema of " + database.describe() + " is at version " + current
                        + ", newer than the " + LATEST_VERSION + " this release knows: upgrade uapi");
            }
            for (Step step : STEPS) {
                if (step.version() > current) {
                    apply(connection, dialect, step);
                }
            }
            return null;
        });
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(version) FROM uapi_schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void apply(Connection connection, SqlDialect dialect, Step step) throws SQLException {
        for (String sql : step.statements()) {
            execute(connection, dialect.render(sql));
        }
        try (PreparedStatement statement =
                connection.prepareStatement("INSERT INTO uapi_schema_version (version) VALUES (?)")) {
            statement.setInt(1, step.version());
            statement.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
