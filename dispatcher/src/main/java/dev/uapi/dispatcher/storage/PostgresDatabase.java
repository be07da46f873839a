package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A PostgreSQL database through a HikariCP pool. */
final class PostgresDatabase implements SqlDatabase {

    /**
     * The key of the transaction-scoped advisory lock that serializes schema migrations of every uapi process
     * on the server ("uapi" in ASCII); migrations of other schemas wait a moment for each other, harmlessly.
     */
    private static final long MIGRATION_LOCK = 0x75617069L;

    private final HikariDataSource pool;
    private final String description;

    private PostgresDatabase(HikariDataSource pool, String description) {
        this.pool = requireNonNull(pool, "pool is null");
        this.description = requireNonNull(description, "description is null");
    }

    /**
     * Starts a pool and checks that one connection can be made.
     *
     * @param user the user, or null when the URL names it
     * @param password the password, or null when the URL has it or none is needed
     * @throws RuntimeException from HikariCP when no connection can be made
     * @throws SQLException when the database does not store text as UTF-8
     */
    static PostgresDatabase open(String jdbcUrl, String user, String password, int maxPoolSize)
            throws SQLException {
        // one plain connection first: a refused password or an unreachable server is then the driver's own
        // exception, once, rather than a pool's initialisation failure that it also logs with its trace
        probe(jdbcUrl, user, password);
        HikariConfig config = new HikariConfig();
        config.setPoolName("uapi-postgresql");
        config.setDriverClassName(org.postgresql.Driver.class.getName());
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        // an error's DETAIL may quote a row; the driver then leaves it out of exception messages and logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        PostgresDatabase database = new PostgresDatabase(new HikariDataSource(config), redact(jdbcUrl));
        try {
            database.checkEncoding();
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void probe(String jdbcUrl, String user, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("logServerErrorDetail", "false");
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties)) {
            if (connection == null) {
                throw new SQLException("not a PostgreSQL JDBC URL");
            }
        }
    }

    /** Keys sort by code point in both engines only when PostgreSQL stores text as UTF-8 (see SqlDialect). */
    private void checkEncoding() throws SQLException {
        String encoding = run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting('server_encoding')");
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        });
        if (!"UTF8".equals(encoding)) {
            throw new SQLException("The database " + description + " uses the encoding " + encoding
                    + "; uapi needs UTF8 (CREATE DATABASE ... ENCODING 'UTF8')");
        }
    }

    /** {@code jdbc:postgresql://u:p@host:5432/db?password=x} becomes {@code postgresql://host:5432/db}. */
    static String redact(String jdbcUrl) {
        String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
        int query = url.indexOf('?');
        if (query >= 0) {
            url = url.substring(0, query);
        }
        int authority = url.indexOf("//");
        int at = url.indexOf('@', authority + 2);
        int path = url.indexOf('/', authority + 2);
        if (authority >= 0 && at >= 0 && (path < 0 || at < path)) {
            url = url.substring(0, authority + 2) + url.substring(at + 1);
        }
        return url;
    }

    @Override
    public <T> T run(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        }
    }

    @Override
    public <T> T runExclusive(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, MIGRATION_LOCK);
                    lock.execute();
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfterFailure(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void rollbackAfterFailure(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
