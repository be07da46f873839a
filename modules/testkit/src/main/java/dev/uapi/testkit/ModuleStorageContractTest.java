package dev.uapi.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics of {@link ModuleStorage} as its Javadoc states them, for every implementation: a database
 * engine, or a fake that a module's own tests use. Extend it and hand it an empty store:
 *
 * <pre>{@code
 * class RedisModuleStorageTest extends ModuleStorageContractTest {
 *     @Override
 *     protected ModuleStorage newStorage() {
 *         return RedisModuleStorage.open(freshDatabase(), "Notes");
 *     }
 * }
 * }</pre>
 *
 * <p>It covers versions, compare-and-set and compare-and-delete, text and byte values, key order and prefixes,
 * accounts as namespaces (the empty one included), {@link ModuleStorage#update} with its bounded retries, and
 * read-modify-writes from several threads at once that lose no update. Store-specific matters (schemas,
 * reopening, several processes, names the store refuses) are the subclass's to add. The kit runs it against its
 * own {@link InMemoryModuleStorage}; the host runs it against SQLite and PostgreSQL.
 */
public abstract class ModuleStorageContractTest {

    /** The account most tests write as. */
    protected static final String ALICE = "alice";

    private ModuleStorage storage;

    /** For subclasses. */
    protected ModuleStorageContractTest() {
    }

    /**
     * The store under test, empty; called once before each test.
     *
     * @return a store of one module with no values, never null
     */
    protected abstract ModuleStorage newStorage() throws Exception;

    /** The store of the running test, as {@link #newStorage()} gave it. */
    protected final ModuleStorage storage() {
        return storage;
    }

    @BeforeEach
    final void openStorage() throws Exception {
        storage = newStorage();
    }

    @Test
    void absentValueIsEmpty() {
        assertThat(storage.get(ALICE, "secret")).isEmpty();
    }

    @Test
    void insertWithAbsentVersionStoresVersionOne() {
        assertThat(storage.compareAndSet(ALICE, "secret", Versioned.ABSENT, bytes("s1"))).isTrue();

        assertThat(storage.get(ALICE, "secret")).contains(new Versioned(1, bytes("s1")));
    }

    @Test
    void insertWithAbsentVersionIsRefusedWhenAValueExists() {
        storage.compareAndSet(ALICE, "secret", Versioned.ABSENT, bytes("first"));

        assertThat(storage.compareAndSet(ALICE, "secret", Versioned.ABSENT, bytes("second"))).isFalse();
        assertThat(storage.get(ALICE, "secret")).contains(new Versioned(1, bytes("first")));
    }

    @Test
    void compareAndSetWithTheStoredVersionWritesTheNextVersion() {
        storage.compareAndSet(ALICE, "failures", Versioned.ABSENT, "1");

        assertThat(storage.compareAndSet(ALICE, "failures", 1, "2")).isTrue();
        assertThat(storage.compareAndSet(ALICE, "failures", 2, "3")).isTrue();
        assertThat(storage.get(ALICE, "failures")).contains(new Versioned(3, bytes("3")));
    }

    @Test
    void compareAndSetWithAStaleVersionIsRefusedAndChangesNothing() {
        storage.compareAndSet(ALICE, "failures", Versioned.ABSENT, "1");
        storage.compareAndSet(ALICE, "failures", 1, "2");

        assertThat(storage.compareAndSet(ALICE, "failures", 1, "stale")).isFalse();
        assertThat(storage.compareAndSet(ALICE, "failures", 3, "future")).isFalse();
        assertThat(storage.get(ALICE, "failures")).contains(new Versioned(2, bytes("2")));
    }

    @Test
    void compareAndSetOfAnAbsentValueWithAVersionIsRefused() {
        assertThat(storage.compareAndSet(ALICE, "secret", 1, bytes("s"))).isFalse();
        assertThat(storage.get(ALICE, "secret")).isEmpty();
    }

    @Test
    void putInsertsAtVersionOneThenCountsUp() {
        assertThat(storage.put(ALICE, "issuer", bytes("a"))).isEqualTo(1);
        assertThat(storage.put(ALICE, "issuer", bytes("b"))).isEqualTo(2);

        assertThat(storage.get(ALICE, "issuer")).contains(new Versioned(2, bytes("b")));
        assertThat(storage.compareAndSet(ALICE, "issuer", 2, bytes("c"))).isTrue();
        assertThat(storage.put(ALICE, "issuer", bytes("d"))).isEqualTo(4);
    }

    @Test
    void aDeletedValueStartsAgainAtVersionOne() {
        storage.put(ALICE, "secret", bytes("old"));
        storage.put(ALICE, "secret", bytes("older"));
        storage.delete(ALICE, "secret");

        assertThat(storage.put(ALICE, "secret", bytes("new"))).isEqualTo(1);
    }

    @Test
    void textIsStoredAsUtf8() {
        storage.compareAndSet(ALICE, "name", Versioned.ABSENT, "Zoë ✓ 𝄞");

        Versioned stored = storage.get(ALICE, "name").orElseThrow();
        assertThat(stored.text()).isEqualTo("Zoë ✓ 𝄞");
        assertThat(stored.value()).isEqualTo("Zoë ✓ 𝄞".getBytes(UTF_8));
    }

    @Test
    void everyByteAndTheEmptyValueRoundTrip() {
        byte[] everyByte = new byte[256];
        IntStream.range(0, 256).forEach(i -> everyByte[i] = (byte) i);

        storage.put(ALICE, "binary", everyByte);
        storage.put(ALICE, "empty", new byte[0]);

        assertThat(storage.get(ALICE, "binary").orElseThrow().value()).isEqualTo(everyByte);
        assertThat(storage.get(ALICE, "empty").orElseThrow().value()).isEmpty();
    }

    @Test
    void aLargeValueRoundTrips() {
        byte[] large = new byte[1 << 20];
        IntStream.range(0, large.length).forEach(i -> large[i] = (byte) (i * 31));

        storage.put(ALICE, "large", large);

        assertThat(storage.get(ALICE, "large").orElseThrow().value()).isEqualTo(large);
    }

    @Test
    void compareAndDeleteWithTheStoredVersionDeletes() {
        storage.put(ALICE, "secret", bytes("s"));
        storage.put(ALICE, "secret", bytes("t"));

        assertThat(storage.compareAndDelete(ALICE, "secret", 2)).isTrue();
        assertThat(storage.get(ALICE, "secret")).isEmpty();
    }

    @Test
    void compareAndDeleteWithAnotherVersionKeepsTheValue() {
        storage.put(ALICE, "secret", bytes("s"));

        assertThat(storage.compareAndDelete(ALICE, "secret", 2)).isFalse();
        assertThat(storage.compareAndDelete(ALICE, "secret", Versioned.ABSENT)).isFalse();
        assertThat(storage.get(ALICE, "secret")).contains(new Versioned(1, bytes("s")));
    }

    @Test
    void compareAndDeleteOfAnAbsentValueIsFalse() {
        assertThat(storage.compareAndDelete(ALICE, "secret", 1)).isFalse();
    }

    @Test
    void deleteRemovesAValueWhateverItsVersion() {
        storage.put(ALICE, "secret", bytes("s"));
        storage.put(ALICE, "secret", bytes("t"));

        assertThat(storage.delete(ALICE, "secret")).isTrue();
        assertThat(storage.get(ALICE, "secret")).isEmpty();
        assertThat(storage.delete(ALICE, "secret")).isFalse();
    }

    @Test
    void keysAreInCodePointOrderWhateverTheLocale() {
        List<String> keys = List.of("b", "B", "_x", "a", "A", "é", "ab", "a b", "€", "𝄞", "\uFFFD");
        keys.forEach(key -> storage.put(ALICE, key, bytes("v")));

        assertThat(storage.keys(ALICE, ""))
                .containsExactly("A", "B", "_x", "a", "a b", "ab", "b", "é", "€", "\uFFFD", "𝄞");
    }

    @Test
    void keysListOnlyThoseWithThePrefix() {
        List.of("backup_1", "backup_2", "backup", "backups", "back", "secret", "a").forEach(
                key -> storage.put(ALICE, key, bytes("v")));

        assertThat(storage.keys(ALICE, "backup")).containsExactly("backup", "backup_1", "backup_2", "backups");
        assertThat(storage.keys(ALICE, "backup_")).containsExactly("backup_1", "backup_2");
        assertThat(storage.keys(ALICE, "nothing")).isEmpty();
    }

    @Test
    void percentAndUnderscoreInAPrefixAreLiteral() {
        List.of("50%", "50%off", "500", "5_0", "5x0", "a_b", "axb", "a%").forEach(
                key -> storage.put(ALICE, key, bytes("v")));

        assertThat(storage.keys(ALICE, "50%")).containsExactly("50%", "50%off");
        assertThat(storage.keys(ALICE, "5_")).containsExactly("5_0");
        assertThat(storage.keys(ALICE, "a_")).containsExactly("a_b");
        assertThat(storage.keys(ALICE, "a%")).containsExactly("a%");
        assertThat(storage.keys(ALICE, "%")).isEmpty();
        assertThat(storage.keys(ALICE, "_")).isEmpty();
    }

    @Test
    void prefixesAreCaseSensitive() {
        List.of("Token", "token", "TOKEN").forEach(key -> storage.put(ALICE, key, bytes("v")));

        assertThat(storage.keys(ALICE, "tok")).containsExactly("token");
        assertThat(storage.keys(ALICE, "TOK")).containsExactly("TOKEN");
    }

    @Test
    void prefixesEndingInTheLastCodePointsWork() {
        String last = new String(Character.toChars(Character.MAX_CODE_POINT));
        List.of("x" + last, "x" + last + "y", "x\uD7FF", "x\uD7FFz", "x\uE000", "y").forEach(
                key -> storage.put(ALICE, key, bytes("v")));

        assertThat(storage.keys(ALICE, "x" + last)).containsExactly("x" + last, "x" + last + "y");
        assertThat(storage.keys(ALICE, "x\uD7FF")).containsExactly("x\uD7FF", "x\uD7FFz");
        assertThat(storage.keys(ALICE, last)).isEmpty();
    }

    @Test
    void accountsDoNotSeeEachOthersValues() {
        storage.put(ALICE, "secret", bytes("alice's"));
        storage.put("bob", "secret", bytes("bob's"));
        storage.put("bob", "issuer", bytes("bob's"));

        assertThat(storage.get(ALICE, "secret").orElseThrow().text()).isEqualTo("alice's");
        assertThat(storage.keys(ALICE, "")).containsExactly("secret");
        assertThat(storage.compareAndDelete("bob", "secret", 1)).isTrue();
        assertThat(storage.get(ALICE, "secret")).isPresent();
    }

    @Test
    void theEmptyAccountIsAModuleWideNamespaceOfItsOwn() {
        storage.put("", "setting", bytes("module-wide"));
        storage.put(ALICE, "setting", bytes("alice's"));

        assertThat(storage.get("", "setting").orElseThrow().text()).isEqualTo("module-wide");
        assertThat(storage.keys("", "")).containsExactly("setting");
        assertThat(storage.delete("", "setting")).isTrue();
        assertThat(storage.get(ALICE, "setting")).isPresent();
    }

    @Test
    void namesOfTheLongestAllowedLengthAreAccepted() {
        String longest = "k".repeat(255);

        storage.put(longest, longest, bytes("v"));

        assertThat(storage.keys(longest, longest)).containsExactly(longest);
    }

    @Test
    void updateOfAnAbsentValueInsertsItAndReturnsNothingBefore() {
        Optional<Versioned> before = storage.updateText(ALICE, "count", current -> Optional.of("1"));

        assertThat(before).isEmpty();
        assertThat(storage.get(ALICE, "count")).contains(new Versioned(1, bytes("1")));
    }

    @Test
    void updateChangesTheValueAndReturnsWhatWasThereBefore() {
        storage.put(ALICE, "count", bytes("41"));

        Optional<Versioned> before = storage.updateText(ALICE, "count",
                current -> current.map(text -> Integer.toString(Integer.parseInt(text) + 1)));

        assertThat(before).contains(new Versioned(1, bytes("41")));
        assertThat(storage.get(ALICE, "count")).contains(new Versioned(2, bytes("42")));
    }

    @Test
    void updateToEmptyDeletesTheValue() {
        storage.put(ALICE, "count", bytes("7"));

        storage.update(ALICE, "count", current -> Optional.empty());

        assertThat(storage.get(ALICE, "count")).isEmpty();
    }

    @Test
    void updateThatKeepsTheValueWritesNothing() {
        storage.put(ALICE, "count", bytes("7"));

        storage.update(ALICE, "count", current -> current.map(byte[]::clone));
        storage.update(ALICE, "absent", current -> current);

        assertThat(storage.get(ALICE, "count")).contains(new Versioned(1, bytes("7")));
        assertThat(storage.keys(ALICE, "")).containsExactly("count");
    }

    @Test
    void updateReadsAgainWhenAnotherWriterCameFirst() {
        storage.put(ALICE, "count", bytes("1"));
        List<String> seen = new ArrayList<>();

        storage.updateText(ALICE, "count", current -> {
            seen.add(current.orElseThrow());
            if (seen.size() == 1) {
                storage.put(ALICE, "count", bytes("10")); // another writer, between the read and the write
            }
            return Optional.of(Integer.toString(Integer.parseInt(current.orElseThrow()) + 1));
        });

        assertThat(seen).containsExactly("1", "10");
        assertThat(storage.get(ALICE, "count").orElseThrow().text()).isEqualTo("11");
    }

    @Test
    void updateGivesUpAfterItsAttemptsWhenAlwaysOvertaken() {
        int[] attempts = {0};

        assertThatThrownBy(() -> storage.updateText(ALICE, "count", current -> {
            attempts[0]++;
            storage.put(ALICE, "count", bytes("overtaken " + attempts[0]));
            return Optional.of("mine");
        })).isInstanceOf(StorageException.class).hasMessageContaining("gave up");
        assertThat(attempts[0]).isEqualTo(ModuleStorage.UPDATE_ATTEMPTS);
        assertThat(storage.get(ALICE, "count").orElseThrow().text()).startsWith("overtaken");
    }

    @Test
    void concurrentUpdatesFromManyThreadsLoseNoUpdate() throws Exception {
        int threads = 4;
        int increments = 25;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tasks.add(() -> {
                start.await();
                for (int i = 0; i < increments; i++) {
                    storage.updateText(ALICE, "counter", current ->
                            Optional.of(Long.toString(current.map(Long::parseLong).orElse(0L) + 1)));
                }
                return null;
            });
        }

        runConcurrently(tasks);

        long expected = (long) threads * increments;
        assertThat(storage.get(ALICE, "counter")).contains(new Versioned(expected, bytes(Long.toString(expected))));
    }

    /** Runs tasks on threads of their own, all at once, and waits for them (at most two minutes). */
    protected static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(executor.submit(task)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    /** UTF-8 bytes of a text. */
    protected static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
