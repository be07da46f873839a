package dev.uapi.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A small key → value store of one module, partitioned by account, with versions for optimistic
 * concurrency.
 *
 * <p>Each stored value has a version that starts at 1 and grows by one on each write. A read-modify-write
 * that must be atomic (a used TOTP step, a failure count) goes through {@link #update}, which reads the value,
 * applies a change, and writes it with {@link #compareAndSet}; when another thread or another server process
 * wrote in between, the write is refused and {@code update} reads again and retries:
 *
 * <pre>{@code
 * storage.updateText(account, "failures",
 *         current -> Optional.of(Integer.toString(current.map(Integer::parseInt).orElse(0) + 1)));
 * }</pre>
 *
 * <p>The loop it owns, for a module that needs more than one key per step, is:
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
        return compareAndSet(account, key, expectedVersion, value.getBytes(StandardCharsets.UTF_8));
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
     * Lists the keys of one account that start with a prefix, in ascending order of Unicode code points (not
     * of UTF-16 units).
     *
     * @param account the account name, or {@code ""}
     * @param prefix the prefix; {@code ""} lists every key
     * @return the keys, never null
     * @throws StorageException when the store cannot be read
     */
    List<String> keys(String account, String prefix);

    /** How many times {@link #update} reads and tries again before it gives up. */
    int UPDATE_ATTEMPTS = 100;

    /**
     * Changes a value atomically: reads it, applies {@code change}, and writes the answer with
     * {@link #compareAndSet} (or deletes with {@link #compareAndDelete} when the answer is empty); when another
     * writer came first, reads again and applies {@code change} again, up to {@value #UPDATE_ATTEMPTS} times.
     *
     * <p>{@code change} gets the stored bytes (empty when there is no value) and answers the bytes to store,
     * or empty to delete. Answering what is stored (equal bytes, or empty for no value) writes nothing. It may
     * run several times, so it must not have side effects; decide from the returned previous value instead.
     *
     * @param account the account name, or {@code ""}
     * @param key the key
     * @param change the new value from the current one; never answers null
     * @return the value (with its version) as it was just before the change that took effect, or empty when
     *     there was none
     * @throws StorageException when the store fails, or when {@value #UPDATE_ATTEMPTS} attempts in a row lost
     *     to other writers
     */
    default Optional<Versioned> update(String account, String key, UnaryOperator<Optional<byte[]>> change) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            Optional<Versioned> current = get(account, key);
            Optional<byte[]> next = change.apply(current.map(Versioned::value));
            if (next == null) {
                throw new NullPointerException("the change of " + key + " answered null, not Optional.empty()");
            }
            if (sameValue(current, next)) {
                return current;
            }
            boolean written = next.isPresent()
                    ? compareAndSet(account, key, current.map(Versioned::version).orElse(Versioned.ABSENT), next.get())
                    : compareAndDelete(account, key, current.get().version());
            if (written) {
                return current;
            }
        }
        throw new StorageException("gave up changing " + key + " after " + UPDATE_ATTEMPTS
                + " attempts: other writers kept changing it first", null);
    }

    /**
     * {@link #update} for text values, encoded as UTF-8.
     *
     * @param change the new text from the current one, or empty to delete; never answers null
     * @return the value as it was just before the change that took effect (see {@link Versioned#text()})
     */
    default Optional<Versioned> updateText(String account, String key, UnaryOperator<Optional<String>> change) {
        return update(account, key, current -> change
                .apply(current.map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                .map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean sameValue(Optional<Versioned> current, Optional<byte[]> next) {
        if (current.isEmpty() || next.isEmpty()) {
            return current.isEmpty() && next.isEmpty();
        }
        return Arrays.equals(current.get().value(), next.get());
    }
}
