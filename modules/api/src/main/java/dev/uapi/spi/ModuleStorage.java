package dev.uapi.spi;

import java.util.List;
import java.util.Optional;

/**
 * A small key → value store of one module, partitioned by account, with versions for optimistic
 * concurrency.
 *
 * <p>Each stored value has a version that starts at 1 and grows by one on each write. A read-modify-write
 * that must be atomic (a used TOTP step, a failure count) reads the value with its version, computes the new
 * value, and writes it with {@link #compareAndSet}; when another thread or another server process wrote in
 * between, the write is refused and the caller reads again and retries:
 *
 * <pre>{@code
 * while (true) {
 *     Optional<Versioned> current = storage.get(account, "failures");
 *     long version = current.map(Versioned::version).orElse(Versioned.ABSENT);
 *     int failures = current.map(v -> Integer.parseInt(v.text())).orElse(0);
 *     if (storage.compareAndSet(account, "failures", version, Integer.toString(failures + 1))) {
 *         break;
 *     }
 * }
 * }</pre>
 *
 * <p>Writes are durable when the method returns. Implementations are safe for use from many threads and many
 * processes sharing one database. Account names and keys are non-empty strings of at most 255 characters; an
 * empty account name ({@code ""}) is allowed and means "module-wide".
 */
public interface ModuleStorage {

    /**
     * Reads a value.
     *
     * @param account the account name, or {@code ""} for module-wide data
     * @param key the key within the account
     * @return the value with its version, or empty when there is none
     * @throws StorageException when the store cannot be read
     */
    Optional<Versioned> get(String account, String key);

    /**
     * Writes a value only if its version is still {@code expectedVersion}.
     *
     * @param account the account name, or {@code ""}
     * @param key the key
     * @param expectedVersion the version read before, or {@link Versioned#ABSENT} to insert a new value
     * @param value the new value, never null
     * @return true when written; false when the stored version differs (someone else wrote first)
     * @throws StorageException when the store cannot be written
     */
    boolean compareAndSet(String account, String key, long expectedVersion, byte[] value);

    /**
     * Writes a text value, encoded as UTF-8, only if its version is still {@code expectedVersion}.
     *
     * @see #compareAndSet(String, String, long, byte[])
     */
    default boolean compareAndSet(String account, String key, long expectedVersion, String value) {
        return compareAndSet(account, key, expectedVersion, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Writes a value whatever is stored.
     *
     * @return the new version
     * @throws StorageException when the store cannot be written
     */
    long put(String account, String key, byte[] value);

    /**
     * Deletes a value only if its version is still {@code expectedVersion}.
     *
     * @return true when deleted; false when absent or at another version
     * @throws StorageException when the store cannot be written
     */
    boolean compareAndDelete(String account, String key, long expectedVersion);

    /**
     * Deletes a value whatever its version.
     *
     * @return true when a value was deleted, false when there was none
     * @throws StorageException when the store cannot be written
     */
    boolean delete(String account, String key);

    /**
     * Lists the keys of one account that start with a prefix, in ascending order.
     *
     * @param account the account name, or {@code ""}
     * @param prefix the prefix; {@code ""} lists every key
     * @return the keys, never null
     * @throws StorageException when the store cannot be read
     */
    List<String> keys(String account, String prefix);
}
