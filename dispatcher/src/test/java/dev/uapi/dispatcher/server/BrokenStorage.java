package dev.uapi.dispatcher.server;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A store whose database is gone, to see how the server answers when its own dependencies fail. */
final class BrokenStorage implements ModuleStorage {

    private final Supplier<RuntimeException> failure;

    /** A store that throws the SPI's {@link StorageException}, as the engines do when the database is gone. */
    BrokenStorage() {
        this(() -> new StorageException("the database is unreachable: SECRET-INTERNAL", new IOException("refused")));
    }

    /** A store that throws something else: a bug of the host rather than an outage. */
    BrokenStorage(Supplier<RuntimeException> failure) {
        this.failure = failure;
    }

    @Override
    public Optional<Versioned> get(String account, String key) {
        throw failure();
    }

    @Override
    public boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        throw failure();
    }

    @Override
    public long put(String account, String key, byte[] value) {
        throw failure();
    }

    @Override
    public boolean compareAndDelete(String account, String key, long expectedVersion) {
        throw failure();
    }

    @Override
    public boolean delete(String account, String key) {
        throw failure();
    }

    @Override
    public List<String> keys(String account, String prefix) {
        throw failure();
    }

    private RuntimeException failure() {
        return failure.get();
    }
}
