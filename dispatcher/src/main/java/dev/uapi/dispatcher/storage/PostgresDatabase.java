package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** A PostgreSQL database through a HikariCP pool. */
final class PostgresDatabase implements SqlDatabase {

    /**
     * The key of the transaction-scoped advisory lock that serializes schema migrations of every uapi process
     * on the server ("uapi" in ASCII); migrations of other schemas wait a moment for each other, harmlessly.
     */
    private static final long MIGRATION_LOCK = 0x75617069L;

    /** How often HikariCP checks an idle connection: its minimum. */
    private static final long KEEPALIVE_MILLIS = 30_000;

    private final HikariDataSource pool;
    private final String description;

    private PostgresDatabase(HikariDataSource pool, String description) {
        this.pool = requireNonNull(pool, "pool is null");
        this.description = requireNonNull(description, "description is null");
    }

    /**
     * Starts a pool and checks that one connection can be made.
     *
     * @param timeout the longest a statement waits for a connection, and for the database's answer
     * @param user the user, or null when the URL names it
     * @param password the password, or null when the URL has it or none is needed
     * @throws RuntimeException from HikariCP when no connection can be made
     * @throws SQLException when the database does not store text as UTF-8
     */
    static PostgresDatabase open(String jdbcUrl, String user, String password, int maxPoolSize, Duration timeout)
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
        // Bounds on every wait, so that a call meeting a database that is down or unreachable fails within about
        // the timeout (HTTP 503) instead of hanging: HikariCP would wait 30 s for a connection, and the driver
        // forever for an answer on a connection whose server vanished.
        long millis = timeout.toMillis();
        String seconds = Long.toString(Math.max(1, (millis + 999) / 1000));
        config.setConnectionTimeout(millis);
        config.setValidationTimeout(Math.max(250, millis / 2));
        // idle connections are checked in the background too, so that after a database restart the dead ones
        // are replaced before a call meets them
        config.setKeepaliveTime(KEEPALIVE_MILLIS);
        // the URL's own settings win over these (the driver reads the URL last)
        config.addDataSourceProperty("connectTimeout", seconds);
        config.addDataSourceProperty("loginTimeout", seconds);
        config.addDataSourceProperty("socketTimeout", seconds);
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

    /**
     * Runs a read again, once, when the pooled connection it got was already broken: the database restarted or
     * dropped it, and HikariCP hands out a connection used in the last half second without checking it. The pool
     * has evicted the broken connection by then, so the second attempt gets a live one or fails on its own. A
     * failure to get a connection at all is not retried.
     *
     * <p>There is no retry for serialization failures: every statement runs alone in auto-commit mode at READ
     * COMMITTED, where PostgreSQL re-checks a row changed by a concurrent writer instead of failing
     * (SQLSTATE 40001 needs REPEATABLE READ or SERIALIZABLE), and single-row statements cannot deadlock.
     */
    @Override
    public <T> T read(SqlWork<T> work) throws SQLException {
        // outside the try: a connection the pool could not give within the timeout is not asked for again, since
        // while the database is down that would only double the wait
        Connection connection = pool.getConnection();
        try (connection) {
            return work.run(connection);
        } catch (SQLException first) {
            if (!brokenConnection(first)) {
                throw first;
            }
            try {
                return run(work);
            } catch (SQLException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    /** SQLSTATE class 08 (connection exception) or 57P01-57P03 (the server shut down or is starting). */
    static boolean brokenConnection(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
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
