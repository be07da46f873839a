package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import java.sql.SQLException;

/** What the engines share: a migrated {@link SqlDatabase} that hands out {@link JdbcModuleStorage}. */
abstract class JdbcStorageEngine implements StorageEngine {

    private final SqlDatabase database;
    private volatile Runnable errorListener = () -> { };

    JdbcStorageEngine(SqlDatabase database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** Brings an engine's schema up to date before anyone uses it; closes the engine when that fails. */
    static <E extends JdbcStorageEngine> E migrated(E engine) throws SQLException {
        try {
            SchemaMigrations.migrate(((JdbcStorageEngine) engine).database);
            return engine;
        } catch (SQLException | RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    @Override
    public final ModuleStorage forModule(String moduleName) {
        return new JdbcModuleStorage(database, moduleName, () -> errorListener.run());
    }

    @Override
    public final void onError(Runnable listener) {
        this.errorListener = requireNonNull(listener, "listener is null");
    }

    @Override
    public final String describe() {
        return database.describe();
    }

    @Override
    public final void close() {
        database.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + describe() + "]";
    }
}
