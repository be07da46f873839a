package dev.uapi.dispatcher.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import dev.uapi.spi.Versioned;
import dev.uapi.testkit.ModuleStorageContractTest;
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
import org.junit.jupiter.api.Test;

/**
 * The semantics of {@link ModuleStorage} that every {@link StorageEngine} must keep: the kit's
 * {@link ModuleStorageContractTest}, which any store runs, and what is the engines' own (modules as
 * namespaces, names refused before the database, schema versions, reopening, several engines at once). An
 * engine's test extends this class and says how to open an engine on a store that is empty at the start of
 * each test.
 */
abstract class ModuleStorageContract extends ModuleStorageContractTest {

    static final String MODULE = "TwoFactorAuth";
    static final String ALICE = "alice";

    private final List<StorageEngine> engines = new ArrayList<>();

    /**
     * Makes the store under test a new, empty one without tables, so that the next engine opened creates them;
     * {@link #openEngine} and {@link #connectToStore} use it from then on.
     */
    protected abstract void emptyStore() throws Exception;

    /** Opens a new engine on the store under test; may be called several times in one test. */
    protected abstract StorageEngine openEngine();

    /** A plain JDBC connection to the store under test, to look behind the engine. */
    protected abstract Connection connectToStore() throws SQLException;

    @Override
    protected final ModuleStorage newStorage() throws Exception {
        emptyStore();
        return open().forModule(MODULE);
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
    void modulesDoNotSeeEachOthersValues() {
        ModuleStorage other = open().forModule("Backup");
        storage().put(ALICE, "secret", bytes("mine"));

        assertThat(other.get(ALICE, "secret")).isEmpty();
        assertThat(other.keys(ALICE, "")).isEmpty();
        assertThat(other.compareAndSet(ALICE, "secret", Versioned.ABSENT, bytes("theirs"))).isTrue();
        assertThat(other.delete(ALICE, "secret")).isTrue();
        assertThat(storage().get(ALICE, "secret")).contains(new Versioned(1, bytes("mine")));
    }

    @Test
    void badAccountsAndKeysAreRefusedBeforeTheDatabase() {
        String tooLong = "k".repeat(StorageNames.MAX_LENGTH + 1);
        List<Runnable> calls = List.of(
                () -> storage().get(null, "key"),
                () -> storage().get(ALICE, null),
                () -> storage().get(ALICE, ""),
                () -> storage().get(ALICE, tooLong),
                () -> storage().get(tooLong, "key"),
                () -> storage().put(ALICE, "nul\0", bytes("v")),
                () -> storage().put(ALICE, "lone\uD800", bytes("v")),
                () -> storage().compareAndSet("\uDC00", "key", Versioned.ABSENT, bytes("v")),
                () -> storage().compareAndSet(ALICE, "key", -1, bytes("v")),
                () -> storage().compareAndDelete(ALICE, "key", -1),
                () -> storage().delete(ALICE, ""),
                () -> storage().keys(null, ""),
                () -> storage().keys(ALICE, null),
                () -> storage().keys(ALICE, tooLong));

        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(storage().keys(ALICE, "")).isEmpty();
    }

    @Test
    void aNullValueIsRefused() {
        assertThatThrownBy(() -> storage().put(ALICE, "key", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value is null");
        assertThatThrownBy(() -> storage().compareAndSet(ALICE, "key", Versioned.ABSENT, (byte[]) null))
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
        storage().put(ALICE, "secret", bytes("kept"));
        storage().put("", "setting", bytes("kept too"));
        engines.forEach(StorageEngine::close);
        engines.clear();

        ModuleStorage reopened = open().forModule(MODULE);

        assertThat(reopened.get(ALICE, "secret")).contains(new Versioned(1, bytes("kept")));
        assertThat(reopened.get("", "setting")).contains(new Versioned(1, bytes("kept too")));
    }

    @Test
    void openingAgainLeavesTheSchemaAndTheValuesAlone() throws SQLException {
        storage().put(ALICE, "secret", bytes("kept"));

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
    void concurrentIncrementsThroughTwoEnginesLoseNoUpdate() throws Exception {
        ModuleStorage other = open().forModule(MODULE);

        assertIncrementsLoseNothing(List.of(storage(), other, storage(), other));
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
        assertThat(CasCounter.read(storage(), "counter")).isEqualTo(expected);
        assertThat(storage().get(CasCounter.ACCOUNT, "counter").orElseThrow().version()).isEqualTo(expected);
    }

    private static <T> List<T> runConcurrently(int count, Callable<T> task) throws Exception {
        return runConcurrently(Collections.nCopies(count, task));
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
}
