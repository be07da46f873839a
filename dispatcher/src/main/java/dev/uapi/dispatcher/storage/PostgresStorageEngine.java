package dev.uapi.dispatcher.storage;

import dev.uapi.spi.StorageException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The shared engine: a PostgreSQL database through a connection pool, for several server processes on one
 * set of data. Same schema, same statements and same semantics as {@link SqliteStorageEngine}.
 *
 * <p>The database must use the UTF8 encoding. The engine creates its two tables ({@code uapi_values},
 * {@code uapi_schema_version}) in the first schema of the user's search path, which {@code currentSchema=} in the
 * URL can choose.
 */
public final class PostgresStorageEngine extends JdbcStorageEngine {

    /** The timeout of {@link #open(String, String, String, int)}: see docs/storage.md. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private PostgresStorageEngine(PostgresDatabase database) {
        super(database);
    }

    /**
     * Connects with {@link #DEFAULT_TIMEOUT}, checks the database and brings its schema up to date.
     *
     * @param jdbcUrl for example {@code jdbc:postgresql://127.0.0.1:5432/uapi}
     * @param user the user, or null when the URL has it
     * @param password the password, or null when the URL has it or the server needs none
     * @param maxPoolSize the most connections the pool opens, 1 or more
     * @return the engine; close it when done
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL or the pool size is below 1
     * @throws StorageException when the database cannot be reached, is not UTF8 or cannot be migrated
     */
    public static PostgresStorageEngine open(String jdbcUrl, String user, String password, int maxPoolSize) {
        return open(jdbcUrl, user, password, maxPoolSize, DEFAULT_TIMEOUT);
    }

    /**
     * Connects, checks the database and brings its schema up to date.
     *
     * @param jdbcUrl for example {@code jdbc:postgresql://127.0.0.1:5432/uapi}
     * @param user the user, or null when the URL has it
     * @param password the password, or null when the URL has it or the server needs none
     * @param maxPoolSize the most connections the pool opens, 1 or more
     * @param timeout the longest an operation waits for a pooled connection, and for the database's answer to a
     *     statement (unless the URL sets the driver's {@code socketTimeout}); 1 second or more
     * @return the engine; close it when done
     * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL, the pool size is below 1 or
     *     the timeout below 1 second
     * @throws StorageException when the database cannot be reached, is not UTF8 or cannot be migrated
     */
    public static PostgresStorageEngine open(String jdbcUrl, String user, String password, int maxPoolSize,
            Duration timeout) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + (jdbcUrl == null ? null : PostgresDatabase.redact(jdbcUrl)));
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be 1 or more, not " + maxPoolSize);
        }
        if (timeout == null || timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("timeout must be 1 second or more, not " + timeout);
        }
        String where = PostgresDatabase.redact(jdbcUrl);
        try {
            return migrated(new PostgresStorageEngine(PostgresDatabase.open(jdbcUrl, user, password, maxPoolSize, timeout)));
        } catch (SQLException | RuntimeException e) {
            throw new StorageException("Cannot open the PostgreSQL storage " + where + ": " + e.getMessage(), e);
        }
    }
}
