package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * Where the host keeps its data.
 *
 * @param engine {@code sqlite} (the embedded default) or {@code postgresql}
 * @param sqliteFile the SQLite file
 * @param postgresUrl the JDBC URL of the PostgreSQL database, or null
 * @param postgresUser the PostgreSQL user, or null
 * @param postgresPassword the PostgreSQL password, or null; never logged
 * @param poolSize the most connections to PostgreSQL
 * @param timeoutSeconds the longest a PostgreSQL operation waits for a connection or an answer
 */
public record StorageSettings(String engine, Path sqliteFile, String postgresUrl, String postgresUser,
        String postgresPassword, int poolSize, int timeoutSeconds) {

    /** The default of {@code storage.postgresql.timeout_seconds}. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    /** Settings with the default timeout. */
    public StorageSettings(String engine, Path sqliteFile, String postgresUrl, String postgresUser,
            String postgresPassword, int poolSize) {
        this(engine, sqliteFile, postgresUrl, postgresUser, postgresPassword, poolSize, DEFAULT_TIMEOUT_SECONDS);
    }

    /** Checks for nulls. */
    public StorageSettings {
        requireNonNull(engine, "engine is null");
        requireNonNull(sqliteFile, "sqliteFile is null");
    }

    /** Hides the password. */
    @Override
    public String toString() {
        return "StorageSettings[engine=" + engine + ", sqliteFile=" + sqliteFile + ", postgresUrl=" + postgresUrl
                + ", postgresUser=" + postgresUser + ", poolSize=" + poolSize + ", timeoutSeconds=" + timeoutSeconds + "]";
    }
}
