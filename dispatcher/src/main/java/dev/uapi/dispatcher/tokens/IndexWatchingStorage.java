package dev.uapi.dispatcher.tokens;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Tokens} module's storage as the host lends it: every call passes through, and a write to the
 * module-wide index (account {@code ""}) also tells the authenticator to forget what it cached, so that a
 * token revoked or renamed in this process stops or changes at once.
 */
final class IndexWatchingStorage implements ModuleStorage {

    private final ModuleStorage delegate;
    private final Runnable indexChanged;

    IndexWatchingStorage(ModuleStorage delegate, Runnable indexChanged) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.indexChanged = requireNonNull(indexChanged, "indexChanged is null");
    }

    @Override
    public Optional<Versioned> get(String account, String key) {
        return delegate.get(account, key);
    }

    @Override
    public boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        try {
            return delegate.compareAndSet(account, key, expectedVersion, value);
        } finally {
            changed(account);
        }
    }

    @Override
    public long put(String account, String key, byte[] value) {
        try {
            return delegate.put(account, key, value);
        } finally {
            changed(account);
        }
    }

    @Override
    public boolean compareAndDelete(String account, String key, long expectedVersion) {
        try {
            return delegate.compareAndDelete(account, key, expectedVersion);
        } finally {
            changed(account);
        }
    }

    @Override
    public boolean delete(String account, String key) {
        try {
            return delegate.delete(account, key);
        } finally {
            changed(account);
        }
    }

    @Override
    public List<String> keys(String account, String prefix) {
        return delegate.keys(account, prefix);
    }

    private void changed(String account) {
        if (account.isEmpty()) {
            indexChanged.run();
        }
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
