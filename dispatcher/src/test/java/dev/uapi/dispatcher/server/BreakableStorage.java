package dev.uapi.dispatcher.server;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import java.util.List;
import java.util.Optional;

/** A store a test can break, to see how the server answers when its own dependencies fail. */
final class BreakableStorage implements ModuleStorage {

    private final ModuleStorage delegate;
    private volatile boolean broken;

    BreakableStorage(ModuleStorage delegate) {
        this.delegate = delegate;
    }

    void broken(boolean nowBroken) {
        this.broken = nowBroken;
    }

    @Override
    public Optional<Versioned> get(String account, String key) {
        check();
        return delegate.get(account, key);
    }

    @Override
    public boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        check();
        return delegate.compareAndSet(account, key, expectedVersion, value);
    }

    @Override
    public long put(String account, String key, byte[] value) {
        check();
        return delegate.put(account, key, value);
    }

    @Override
    public boolean compareAndDelete(String account, String key, long expectedVersion) {
        check();
        return delegate.compareAndDelete(account, key, expectedVersion);
    }

    @Override
    public boolean delete(String account, String key) {
        check();
        return delegate.delete(account, key);
    }

    @Override
    public List<String> keys(String account, String prefix) {
        check();
        return delegate.keys(account, prefix);
    }

    private void check() {
        if (broken) {
            throw new StorageException("the database is unreachable: SECRET-INTERNAL",
                    new java.io.IOException("connection refused"));
        }
    }
}
