package dev.uapi.dispatcher.storage;

import dev.uapi.spi.ModuleStorage;

/**
 * A database that holds the stored values of every module: the host opens one at startup, hands each module
 * its own {@link ModuleStorage} and closes the engine at shutdown.
 *
 * <pre>{@code
 * try (StorageEngine engine = SqliteStorageEngine.open(home.resolve("uapi.db"))) {
 *     ModuleStorage storage = engine.forModule("TwoFactorAuth");
 *     storage.put("alice", "secret", sealed);
 * }
 * }</pre>
 *
 * <p>Safe for use from many threads; several engines (in one process or several) may share one database.
 */
public interface StorageEngine extends AutoCloseable {

    /**
     * The storage of one module. Keys of different modules never collide. Cheap: may be called per module at
     * startup or per call.
     *
     * @param moduleName the module's name, non-empty, at most 255 characters
     * @throws IllegalArgumentException when the name is null, empty or too long
     */
    ModuleStorage forModule(String moduleName);

    /**
     * Where the data lives, for logs and {@code --version} output, for example {@code sqlite:/home/x/.uapi/uapi.db}
     * or {@code postgresql://127.0.0.1:5432/uapi}. Never contains a password.
     */
    String describe();

    /**
     * Tells a listener of every failed store operation, for the server's metrics. Engines that cannot fail
     * that way ignore it.
     *
     * @param listener called once per failure, on the failing thread; must not throw
     */
    default void onError(Runnable listener) {
    }

    /** Releases the connections. Storage handed out before fails with a {@code StorageException} afterwards. */
    @Override
    void close();
}
