package dev.uapi.dispatcher.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ModuleStorage} contract on a real SQLite file. */
class SqliteModuleStorageTest extends ModuleStorageContract {

    @TempDir
    private Path directory;

    private Path file;
    private int stores;

    @Override
    protected void emptyStore() {
        file = directory.resolve("store-" + ++stores).resolve("uapi.db");
    }

    @Override
    protected StorageEngine openEngine() {
        return SqliteStorageEngine.open(file);
    }

    @Override
    protected Connection connectToStore() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
