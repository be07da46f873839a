package dev.uapi.dispatcher.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.Versioned;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only connections SQLite reads use while the writing connection is busy. */
class SqliteReadersTest {

    @TempDir
    private Path directory;

    @Test
    void aReadGoesOnWhileTheWriterHoldsATransactionAndSeesOnlyWhatWasCommitted() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("uapi.db"))) {
            database.run(connection -> execute(connection.createStatement(),
                    "CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)", "INSERT INTO t VALUES ('a', 'committed')"));
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    database.runExclusive(connection -> {
                        execute(connection.createStatement(), "UPDATE t SET v = 'uncommitted' WHERE k = 'a'");
                        writing.countDown();
                        await(release);
                        return null;
                    });
                } catch (SQLException | RuntimeException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                writing.await();

                String seen = database.read(connection -> value(connection, "a"));
                assertThat(seen).isEqualTo("committed");
                assertThat(database.openReaders()).isEqualTo(1);
            } finally {
                release.countDown();
            }
            writer.get(10, TimeUnit.SECONDS);
            // after the commit, a read on any connection sees it
            String seen = database.read(connection -> value(connection, "a"));
            assertThat(seen).isEqualTo("uncommitted");
        }
    }

    @Test
    void aReadingConnectionCannotWriteAndIsClosedAfterItsWorkFailed() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("uapi.db"))) {
            database.run(connection -> execute(connection.createStatement(), "CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)"));
            holdingTheWriter(database, () -> {
                assertThatThrownBy(() -> database.read(connection ->
                        execute(connection.createStatement(), "INSERT INTO t VALUES ('b', 'written by a reader')")))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("readonly");
                assertThat(database.openReaders()).isZero();
                return null;
            });
            String seen = database.run(connection -> value(connection, "b"));
            assertThat(seen).isNull();
        }
    }

    @Test
    void manyConcurrentReadsOpenNoMoreReadersThanTheLimitAndClosingClosesThem() throws Exception {
        SqliteDatabase database = SqliteDatabase.open(directory.resolve("uapi.db"));
        database.run(connection -> execute(connection.createStatement(),
                "CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)", "INSERT INTO t VALUES ('a', 'x')"));
        ExecutorService threads = Executors.newFixedThreadPool(database.maxReaders() * 3);
        try {
            holdingTheWriter(database, () -> {
                CountDownLatch inside = new CountDownLatch(database.maxReaders());
                CountDownLatch leave = new CountDownLatch(1);
                List<Future<String>> reads = new ArrayList<>();
                for (int i = 0; i < database.maxReaders() * 3; i++) {
                    reads.add(threads.submit(() -> database.read(connection -> {
                        inside.countDown();
                        await(leave);
                        return value(connection, "a");
                    })));
                }
                // every reader is in use at once, and the other reads wait for the writer held here
                assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(database.openReaders()).isEqualTo(database.maxReaders());
                leave.countDown();
                int done = 0;
                for (Future<String> read : reads) {
                    if (read.isDone()) {
                        assertThat(read.get()).isEqualTo("x");
                        done++;
                    }
                }
                assertThat(done).isLessThanOrEqualTo(database.maxReaders());
                return reads;
            }).forEach(read -> {
                try {
                    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("x");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            threads.shutdownNow();
            database.close();
        }
        assertThat(database.openReaders()).isZero();
    }

    @Test
    void everyThreadReadsItsOwnWritesThroughTheModuleStorage() throws Exception {
        try (StorageEngine engine = SqliteStorageEngine.open(directory.resolve("uapi.db"))) {
            ModuleStorage storage = engine.forModule(ModuleStorageContract.MODULE);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    String account = "account" + t;
                    work.add(threads.submit(() -> {
                        for (int i = 1; i <= 50; i++) {
                            long version = storage.put(account, "counter", Integer.toString(i).getBytes(UTF_8));
                            assertThat(storage.get(account, "counter"))
                                    .contains(new Versioned(version, Integer.toString(i).getBytes(UTF_8)));
                            assertThat(storage.keys(account, "")).containsExactly("counter");
                        }
                        return null;
                    }));
                }
                for (Future<?> each : work) {
                    each.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    /** Runs the check on this thread while another holds the writing connection in a transaction. */
    static <T> T holdingTheWriter(SqliteDatabase database, Check<T> check) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                database.runExclusive(connection -> {
                    holding.countDown();
                    await(release);
                    return null;
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            holding.await();
            return check.run();
        } finally {
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) throws SQLException {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new SQLException("the test waited too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        }
    }

    static Object execute(Statement statement, String... sql) throws SQLException {
        try (statement) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
        return null;
    }

    private static String value(java.sql.Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT v FROM t WHERE k = ?")) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    @FunctionalInterface
    interface Check<T> {
        T run() throws Exception;
    }
}
