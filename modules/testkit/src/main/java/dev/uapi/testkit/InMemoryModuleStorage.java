package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ModuleStorage} in memory with the SPI's exact version and compare-and-set semantics: a value's
 * version starts at 1 and grows by one on each write; a deleted value is absent, and inserting it again
 * starts at 1. Every successful write is recorded, so that a test can assert that a read-only function wrote
 * nothing, and every stored byte can be inspected, so that a test can assert that no secret is stored in
 * the clear.
 *
 * <p>Thread-safe: each method is atomic, which is what a database gives the real engines, so a test can race
 * many threads through a module's read-check-write loops.
 */
public final class InMemoryModuleStorage implements ModuleStorage {

    private static final int MAX_NAME_LENGTH = 255;

    private final Map<Slot, Versioned> values = new TreeMap<>();
    private final List<Write> writes = new ArrayList<>();

    /** An empty store. */
    public InMemoryModuleStorage() {
    }

    /**
     * One successful write.
     *
     * @param account the account name, {@code ""} for module-wide data
     * @param key the key
     * @param version the version written, or 0 for a delete
     * @param deleted whether the write deleted the value
     */
    public record Write(String account, String key, long version, boolean deleted) {

        /** Checks for nulls. */
        public Write {
            requireNonNull(account, "account is null");
            requireNonNull(key, "key is null");
        }
    }

    @Override
    public synchronized Optional<Versioned> get(String account, String key) {
        return Optional.ofNullable(values.get(slot(account, key)));
    }

    @Override
    public synchronized boolean compareAndSet(String account, String key, long expectedVersion, byte[] value) {
        requireNonNull(value, "value is null");
        Slot slot = slot(account, key);
        if (currentVersion(slot) != expectedVersion) {
            return false;
        }
        store(slot, value);
        return true;
    }

    @Override
    public synchronized long put(String account, String key, byte[] value) {
        requireNonNull(value, "value is null");
        return store(slot(account, key), value);
    }

    @Override
    public synchronized boolean compareAndDelete(String account, String key, long expectedVersion) {
        Slot slot = slot(account, key);
        if (!values.containsKey(slot) || currentVersion(slot) != expectedVersion) {
            return false;
        }
        remove(slot);
        return true;
    }

    @Override
    public synchronized boolean delete(String account, String key) {
        Slot slot = slot(account, key);
        if (!values.containsKey(slot)) {
            return false;
        }
        remove(slot);
        return true;
    }

    @Override
    public synchronized List<String> keys(String account, String prefix) {
        requireNonNull(account, "account is null");
        requireNonNull(prefix, "prefix is null");
        List<String> keys = new ArrayList<>();
        for (Slot slot : values.keySet()) {
            if (slot.account().equals(account) && slot.key().startsWith(prefix)) {
                keys.add(slot.key());
            }
        }
        return List.copyOf(keys);
    }

    /** Every successful write so far, oldest first. */
    public synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    /**
     * Everything stored, as bytes: each account name, key and value (UTF-8 for names), for a test that scans
     * the store for a leaked secret. A secret hidden in a key leaks as surely as one in a value.
     */
    public synchronized List<byte[]> storedBytes() {
        List<byte[]> all = new ArrayList<>();
        for (Map.Entry<Slot, Versioned> entry : values.entrySet()) {
            all.add(entry.getKey().account().getBytes(StandardCharsets.UTF_8));
            all.add(entry.getKey().key().getBytes(StandardCharsets.UTF_8));
            all.add(entry.getValue().value());
        }
        return List.copyOf(all);
    }

    /**
     * One stored value with where it is stored.
     *
     * @param account the account name, {@code ""} for module-wide data
     * @param key the key
     * @param value the value and its version
     */
    public record Entry(String account, String key, Versioned value) {

        /** Checks for nulls. */
        public Entry {
            requireNonNull(account, "account is null");
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
        }
    }

    /** Everything stored, ordered by account and then key, for a test that compares two stores. */
    public synchronized List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(values.size());
        for (Map.Entry<Slot, Versioned> entry : values.entrySet()) {
            entries.add(new Entry(entry.getKey().account(), entry.getKey().key(), entry.getValue()));
        }
        return List.copyOf(entries);
    }

    /** How many values are stored, over all accounts. */
    public synchronized int size() {
        return values.size();
    }

    private long currentVersion(Slot slot) {
        Versioned current = values.get(slot);
        return current == null ? Versioned.ABSENT : current.version();
    }

    private long store(Slot slot, byte[] value) {
        long version = currentVersion(slot) + 1;
        values.put(slot, new Versioned(version, value));
        writes.add(new Write(slot.account(), slot.key(), version, false));
        return version;
    }

    private void remove(Slot slot) {
        values.remove(slot);
        writes.add(new Write(slot.account(), slot.key(), 0, true));
    }

    // The SPI's limits, checked here so that a module that would fail on a real engine fails in its tests too.
    private static Slot slot(String account, String key) {
        requireNonNull(account, "account is null");
        requireNonNull(key, "key is null");
        if (account.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("account name longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (key.isEmpty() || key.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("key must have 1 to " + MAX_NAME_LENGTH + " characters: " + key);
        }
        return new Slot(account, key);
    }

    // code-point order, as the SPI promises for keys(); String.compareTo would put U+1D11E before U+FFFD
    private record Slot(String account, String key) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot other) {
            int byAccount = byCodePoint(account, other.account);
            return byAccount != 0 ? byAccount : byCodePoint(key, other.key);
        }

        private static int byCodePoint(String a, String b) {
            return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
        }
    }
}
