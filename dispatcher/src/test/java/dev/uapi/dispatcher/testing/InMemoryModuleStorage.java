package dev.uapi.dispatcher.testing;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ModuleStorage} in memory with the contract's versions and compare-and-set, for tests. */
public final class InMemoryModuleStorage implements ModuleStorage {

    private final Map<String, Versioned> values = new TreeMap<>();

    @Override
    public synchronized Optional<Versioned> get(String account, String key) {
        return Optional.ofNullable(values.get(id(account, key)));
    }

    @Override
    public synchronized boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        Versioned current = values.get(id(account, key));
        long version = current == null ? Versioned.ABSENT : current.version();
        if (version != expectedVersion) {
            return false;
        }
        values.put(id(account, key), new Versioned(version + 1, value));
        return true;
    }

    @Override
    public synchronized long put(String account, String key, byte[] value) {
        Versioned current = values.get(id(account, key));
        long version = current == null ? 1 : current.version() + 1;
        values.put(id(account, key), new Versioned(version, value));
        return version;
    }

    @Override
    public synchronized boolean compareAndDelete(String account, String key, long expectedVersion) {
        Versioned current = values.get(id(account, key));
        if (current == null || current.version() != expectedVersion) {
            return false;
        }
        values.remove(id(account, key));
        return true;
    }

    @Override
    public synchronized boolean delete(String account, String key) {
        return values.remove(id(account, key)) != null;
    }

    @Override
    public synchronized List<String> keys(String account, String prefix) {
        List<String> keys = new ArrayList<>();
        String start = id(account, prefix);
        for (String id : values.keySet()) {
            if (id.startsWith(start)) {
                keys.add(id.substring(account.length() + 1));
            }
        }
        return keys;
    }

    /** Every stored value as text, to check that something is never stored. */
    public synchronized String dump() {
        StringBuilder all = new StringBuilder();
        values.forEach((id, value) -> all.append(id).append('=')
                .append(new String(value.value(), StandardCharsets.UTF_8)).append('\n'));
        return all.toString();
    }

    private static String id(String account, String key) {
        // NUL cannot appear in an account name, so no two (account, key) pairs share an id
        return account + '\0' + key;
    }
}
