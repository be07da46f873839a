package dev.uapi.dispatcher.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semantics of {@link ModuleStorage} as its Javadoc states them, which every {@link StorageEngine} must
 * keep. An engine's test extends this class and says how to open an engine on a store that is empty at the
 * start of each test.
 */
abstract class ModuleStorageContract {

    static final String MODULE = "TwoFactorAuth";
    static final String ALICE = "alice";

    private final List<StorageEngine> engines = new ArrayList<>();
    private ModuleStorage storage;

    /**
     * Makes the store under test a new, empty one without tables, so that the next engine opened creates them;
     * {@link #openEngine} and {@link #connectToStore} use it from then on.
     */
    protected abstract void emptyStore() throws Exception;

    /** Opens a new engine on the store under test; may be called several times in one test. */
    protected abstract StorageEngine openEngine();

    /** A plain JDBC connection to the store under test, to look behind the engine. */
    protected abstract Connection connectToStore() throws SQLException;

    @BeforeEach
    final void openStorage() throws Exception {
        emptyStore();
        storage = open().forModule(MODULE);
    }

    @AfterEach
    final void closeEngines() {
        engines.forEach(StorageEngine::close);
    }

    /** Opens an engine that is closed after the test. */
    protected final StorageEngine open() {
        StorageEngine engine = openEngine();
        engines.add(engine);
        return engine;
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
    void modulesDoNotSeeEachOthersValues() {
        ModuleStorage other = open().forModule("Backup");
        storage.put(ALICE, "secret", bytes("mine"));

        assertThat(other.get(ALICE, "secret")).isEmpty();
        assertThat(other.keys(ALICE, "")).isEmpty();
        assertThat(other.compareAndSet(ALICE, "secret", Versioned.ABSENT, bytes("theirs"))).isTrue();
        assertThat(other.delete(ALICE, "secret")).isTrue();
        assertThat(storage.get(ALICE, "secret")).contains(new Versioned(1, bytes("mine")));
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
        String longest = "k".repeat(StorageNames.MAX_LENGTH);

        storage.put(longest, longest, bytes("v"));

        assertThat(storage.keys(longest, longest)).containsExactly(longest);
    }

    @Test
    void badAccountsAndKeysAreRefusedBeforeTheDatabase() {
        String tooLong = "k".repeat(StorageNames.MAX_LENGTH + 1);
        List<Runnable> calls = List.of(
                () -> storage.get(null, "key"),
                () -> storage.get(ALICE, null),
                () -> storage.get(ALICE, ""),
                () -> storage.get(ALICE, tooLong),
                () -> storage.get(tooLong, "key"),
                () -> storage.put(ALICE, "nul\0", bytes("v")),
                () -> storage.put(ALICE, "lone\uD800", bytes("v")),
                () -> storage.compareAndSet("\uDC00", "key", Versioned.ABSENT, bytes("v")),
                () -> storage.compareAndSet(ALICE, "key", -1, bytes("v")),
                () -> storage.compareAndDelete(ALICE, "key", -1),
                () -> storage.delete(ALICE, ""),
                () -> storage.keys(null, ""),
                () -> storage.keys(ALICE, null),
                () -> storage.keys(ALICE, tooLong));

        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(storage.keys(ALICE, "")).isEmpty();
    }

    @Test
    void aNullValueIsRefused() {
        assertThatThrownBy(() -> storage.put(ALICE, "key", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value is null");
        assertThatThrownBy(() -> storage.compareAndSet(ALICE, "key", Versioned.ABSENT, (byte[]) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void badModuleNamesAreRefused() {
        StorageEngine engine = open();

        assertThatThrownBy(() -> engine.forModule(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.forModule("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.forModule("m".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedEngineFailsWithAMessageNamingOperationAndModuleButNoValue() {
        StorageEngine engine = open();
        ModuleStorage closed = engine.forModule("Closed");
        engine.close();

        assertThatThrownBy(() -> closed.put(ALICE, "secret", bytes("hunter2")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("put")
                .hasMessageContaining("'Closed'")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> closed.get(ALICE, "secret")).isInstanceOf(StorageException.class);
    }

    @Test
    void valuesSurviveClosingAndReopening() {
        storage.put(ALICE, "secret", bytes("kept"));
        storage.put("", "setting", bytes("kept too"));
        engines.forEach(StorageEngine::close);
        engines.clear();

        ModuleStorage reopened = open().forModule(MODULE);

        assertThat(reopened.get(ALICE, "secret")).contains(new Versioned(1, bytes("kept")));
        assertThat(reopened.get("", "setting")).contains(new Versioned(1, bytes("kept too")));
    }

    @Test
    void openingAgainLeavesTheSchemaAndTheValuesAlone() throws SQLException {
        storage.put(ALICE, "secret", bytes("kept"));

        open();
        open();

        assertThat(queryLong("SELECT COUNT(*) FROM uapi_schema_version")).isEqualTo(SchemaMigrations.LATEST_VERSION);
        assertThat(open().forModule(MODULE).get(ALICE, "secret")).contains(new Versioned(1, bytes("kept")));
    }

    @Test
    void aSchemaFromANewerReleaseIsRefused() throws SQLException {
        execute("INSERT INTO uapi_schema_version (version) VALUES (" + (SchemaMigrations.LATEST_VERSION + 1) + ")");

        assertThatThrownBy(this::open)
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void enginesStartingAtOnceOnAnEmptyStoreAllWork() throws Exception {
        emptyStore();
        int starters = 4;
        CyclicBarrier start = new CyclicBarrier(starters);

        List<StorageEngine> started = runConcurrently(starters, () -> {
            start.await();
            return openEngine();
        });
        engines.addAll(started);

        for (StorageEngine engine : started) {
            engine.forModule(MODULE).put(ALICE, "key", bytes("v"));
        }
        assertThat(started.get(0).forModule(MODULE).get(ALICE, "key").orElseThrow().version()).isEqualTo(starters);
        assertThat(queryLong("SELECT COUNT(*) FROM uapi_schema_version")).isEqualTo(SchemaMigrations.LATEST_VERSION);
    }

    @Test
    void concurrentIncrementsFromManyThreadsLoseNoUpdate() throws Exception {
        assertIncrementsLoseNothing(List.of(storage, storage, storage, storage));
    }

    @Test
    void concurrentIncrementsThroughTwoEnginesLoseNoUpdate() throws Exception {
        ModuleStorage other = open().forModule(MODULE);

        assertIncrementsLoseNothing(List.of(storage, other, storage, other));
    }

    private void assertIncrementsLoseNothing(List<ModuleStorage> writers) throws Exception {
        int increments = 25;
        CyclicBarrier start = new CyclicBarrier(writers.size());
        List<Callable<Integer>> tasks = writers.stream().<Callable<Integer>>map(writer -> () -> {
            start.await();
            int refused = 0;
            for (int i = 0; i < increments; i++) {
                refused += CasCounter.increment(writer, "counter");
            }
            return refused;
        }).toList();

        runConcurrently(tasks);

        long expected = (long) writers.size() * increments;
        assertThat(CasCounter.read(storage, "counter")).isEqualTo(expected);
        assertThat(storage.get(CasCounter.ACCOUNT, "counter").orElseThrow().version()).isEqualTo(expected);
    }

    private static <T> List<T> runConcurrently(int count, Callable<T> task) throws Exception {
        return runConcurrently(Collections.nCopies(count, task));
    }

    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
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

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = connectToStore();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connectToStore(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }
}
