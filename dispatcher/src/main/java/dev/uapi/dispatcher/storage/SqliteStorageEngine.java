package dev.uapi.dispatcher.storage;

import dev.uapi.dispatcher.startup.Causes;
import dev.uapi.spi.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The embedded engine: one SQLite file, by default {@code <UAPI_HOME>/uapi.db}, shared safely by the command
 * line and a server process.
 *
 * <p>Commits are durable when they return (write-ahead log, {@code synchronous=FULL}). A writer that finds
 * another process writing waits up to five seconds. Opening is cheap enough for a command-line invocation.
 */
public final class SqliteStorageEngine extends JdbcStorageEngine {

    private SqliteStorageEngine(SqliteDatabase database) {
        super(database);
    }

    /**
     * Opens the file, creating it and its missing directories owner-only, and brings its schema up to date.
     *
     * @param file the database file
     * @return the engine; close it when done
     * @throws IllegalArgumentException when the file name contains {@code '?'}
     * @throws StorageException when the file cannot be created, opened or migrated
     */
    public static SqliteStorageEngine open(Path file) {
        try {
            return migrated(new SqliteStorageEngine(SqliteDatabase.open(file)));
        } catch (IOException | SQLException e) {
            throw new StorageException("Cannot open the SQLite storage " + file.toAbsolutePath() + ": "
                    + Causes.sentence(e), e);
        }
    }
}
