package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One module's {@link ModuleStorage} over the {@code uapi_values} table, the same SQL for every engine.
 *
 * <p>Each operation is a single statement, so each is atomic on its own: a compare-and-set is an
 * {@code UPDATE ... WHERE version = ?} (or an {@code INSERT ... ON CONFLICT DO NOTHING} for an absent value)
 * whose update count tells whether it won. PostgreSQL re-checks the {@code WHERE} clause against the row a
 * concurrent writer committed, and SQLite lets one writer in at a time, so no update is ever lost.
 */
final class JdbcModuleStorage implements ModuleStorage {

    private static final String GET =
            "SELECT version, item_value FROM uapi_values WHERE module = ? AND account = ? AND item_key = ?";
    private static final String INSERT_IF_ABSENT =
            "INSERT INTO uapi_values (module, account, item_key, version, item_value) VALUES (?, ?, ?, 1, ?)"
                    + " ON CONFLICT (module, account, item_key) DO NOTHING";
    private static final String UPDATE_IF_VERSION =
            "UPDATE uapi_values SET version = version + 1, item_value = ?"
                    + " WHERE module = ? AND account = ? AND item_key = ? AND version = ?";
    private static final String UPSERT =
            "INSERT INTO uapi_values (module, account, item_key, version, item_value) VALUES (?, ?, ?, 1, ?)"
                    + " ON CONFLICT (module, account, item_key)"
                    + " DO UPDATE SET version = uapi_values.version + 1, item_value = excluded.item_value"
                    + " RETURNING version";
    private static final String DELETE_IF_VERSION =
            "DELETE FROM uapi_values WHERE module = ? AND account = ? AND item_key = ? AND version = ?";
    private static final String DELETE =
            "DELETE FROM uapi_values WHERE module = ? AND account = ? AND item_key = ?";
    private static final String KEYS_FROM =
            "SELECT item_key FROM uapi_values WHERE module = ? AND account = ? AND item_key >= ? ORDER BY item_key";
    private static final String KEYS_BETWEEN =
            "SELECT item_key FROM uapi_values WHERE module = ? AND account = ? AND item_key >= ? AND item_key < ?"
                    + " ORDER BY item_key";

    private final SqlDatabase database;
    private final String module;
    private final Runnable onError;

    JdbcModuleStorage(SqlDatabase database, String module) {
        this(database, module, () -> { });
    }

    /** @param onError told of every failed operation, before its exception is thrown */
    JdbcModuleStorage(SqlDatabase database, String module, Runnable onError) {
        this.database = requireNonNull(database, "database is null");
        this.module = StorageNames.checkModule(module);
        this.onError = requireNonNull(onError, "onError is null");
    }

    @Override
    public Optional<Versioned> get(String account, String key) {
        checkRow(account, key);
        return read("get", GET, statement -> {
            bind(statement, module, account, key);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Versioned(result.getLong(1), result.getBytes(2)));
            }
        });
    }

    @Override
    public boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        checkRow(account, key);
        checkVersion(expectedVersion);
        requireNonNull(value, "value is null");
        if (expectedVersion == Versioned.ABSENT) {
            return update("compareAndSet", INSERT_IF_ABSENT, module, account, key, value) == 1;
        }
        return update("compareAndSet", UPDATE_IF_VERSION, value, module, account, key, expectedVersion) == 1;
    }

    @Override
    public long put(String account, String key, byte[] value) {
        checkRow(account, key);
        requireNonNull(value, "value is null");
        return run("put", UPSERT, statement -> {
            bind(statement, module, account, key, value);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Override
    public boolean compareAndDelete(String account, String key, long expectedVersion) {
        checkRow(account, key);
        checkVersion(expectedVersion);
        return update("compareAndDelete", DELETE_IF_VERSION, module, account, key, expectedVersion) == 1;
    }

    @Override
    public boolean delete(String account, String key) {
        checkRow(account, key);
        return update("delete", DELETE, module, account, key) == 1;
    }

    @Override
    public List<String> keys(String account, String prefix) {
        StorageNames.checkAccount(account);
        PrefixRange range = PrefixRange.of(StorageNames.checkPrefix(prefix));
        boolean bounded = range.until().isPresent();
        return read("keys", bounded ? KEYS_BETWEEN : KEYS_FROM, statement -> {
            if (bounded) {
                bind(statement, module, account, range.from(), range.until().get());
            } else {
                bind(statement, module, account, range.from());
            }
            try (ResultSet result = statement.executeQuery()) {
                List<String> keys = new ArrayList<>();
                while (result.next()) {
                    keys.add(result.getString(1));
                }
                return List.copyOf(keys);
            }
        });
    }

    @Override
    public String toString() {
        return "ModuleStorage[" + module + " in " + database.describe() + "]";
    }

    private static void checkRow(String account, String key) {
        StorageNames.checkAccount(account);
        StorageNames.checkKey(key);
    }

    private static void checkVersion(long expectedVersion) {
        if (expectedVersion < Versioned.ABSENT) {
            throw new IllegalArgumentException(
                    "expectedVersion must be Versioned.ABSENT (0) or a stored version, not " + expectedVersion);
        }
    }

    private <T> T run(String operation, String sql, StatementWork<T> work) {
        try {
            return database.run(sql, work);
        } catch (SQLException e) {
            onError.run();
            throw failure(operation, e);
        }
    }

    private <T> T read(String operation, String sql, StatementWork<T> work) {
        try {
            return database.read(sql, work);
        } catch (SQLException e) {
            onError.run();
            throw failure(operation, e);
        }
    }

    private StorageException failure(String operation, SQLException e) {
        // The cause names the SQL state and constraint at most: statements carry values only as parameters.
        return new StorageException(
                "Storage " + operation + " failed for module '" + module + "' (" + database.describe() + ")", e);
    }

    private int update(String operation, String sql, Object... parameters) {
        return run(operation, sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
