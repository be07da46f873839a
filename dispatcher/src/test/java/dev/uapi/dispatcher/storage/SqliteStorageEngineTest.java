package dev.uapi.dispatcher.storage;

import static dev.uapi.dispatcher.storage.ModuleStorageContract.MODULE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.uapi.spi.ModuleStorage;
import dev.uapi.spi.StorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite engine does: the file, its settings, and sharing it between processes. */
class SqliteStorageEngineTest {

    @TempDir
    private Path directory;

    @Test
    void missingDirectoriesAndTheFileAreCreatedOwnerOnly() throws IOException {
        Path file = directory.resolve("home/.uapi/uapi.db");

        SqliteStorageEngine.open(file).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void theFileKeepsAWriteAheadLog() throws Exception {
        Path file = directory.resolve("uapi.db");
        SqliteStorageEngine.open(file).close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void theWritingConnectionSyncsEveryCommitAndWaitsForTheWriteLock() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(directory.resolve("uapi.db"))) {
            String synchronous = database.run(connection -> pragma(connection, "synchronous"));
            String busyTimeout = database.run(connection -> pragma(connection, "busy_timeout"));
            String journalMode = database.run(connection -> pragma(connection, "journal_mode"));

            // 2 is FULL: a commit is on disk when it returns
            assertThat(synchronous).isEqualTo("2");
            assertThat(busyTimeout).isEqualTo(String.valueOf(SqliteDatabase.BUSY_TIMEOUT_MILLIS));
            assertThat(journalMode).isEqualTo("wal");
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("PRAGMA " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    @Test
    void describeNamesTheAbsoluteFile() {
        Path file = directory.resolve("uapi.db");

        try (StorageEngine engine = SqliteStorageEngine.open(file)) {
            assertThat(engine.describe()).isEqualTo("sqlite:" + file.toAbsolutePath());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingIt() throws IOException {
        Path file = directory.resolve("notes.txt");
        Files.writeString(file, "these are not the pages you are looking for\n".repeat(200));

        assertThatThrownBy(() -> SqliteStorageEngine.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aFileNameWithAQuestionMarkIsRefused() {
        assertThatThrownBy(() -> SqliteStorageEngine.open(directory.resolve("uapi.db?mode=memory")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'?'");
    }

    @Test
    void aWriterWaitsWhileAnotherConnectionHoldsTheWriteLock() throws Exception {
        Path file = directory.resolve("uapi.db");
        try (StorageEngine engine = SqliteStorageEngine.open(file);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = other.createStatement()) {
            ModuleStorage storage = engine.forModule(MODULE);
            statement.execute("BEGIN IMMEDIATE");
            CountDownLatch writing = new CountDownLatch(1);

            CompletableFuture<Long> put = CompletableFuture.supplyAsync(() -> {
                writing.countDown();
                return storage.put("alice", "key", "v".getBytes(UTF_8));
            });
            writing.await();
            Thread.sleep(300);
            assertThat(put).isNotDone();
            statement.execute("COMMIT");

            assertThat(put.get(SqliteDatabase.BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo(1);
        }
    }

    @Test
    void twoProcessesIncrementingOneCounterLoseNoUpdate() throws Exception {
        // not created yet: both processes create and migrate the file at the same moment
        Path file = directory.resolve("shared/uapi.db");
        int increments = 100;
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                processes.add(startCounter(file, increments, directory.resolve("process-" + i + ".log")));
            }
            List<BufferedReader> outputs = new ArrayList<>();
            for (Process process : processes) {
                BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
                assertThat(output.readLine()).as(log(0) + log(1)).isEqualTo("ready");
                outputs.add(output);
            }
            for (Process process : processes) {
                try (Writer go = new OutputStreamWriter(process.getOutputStream(), UTF_8)) {
                    go.write("go\n");
                }
            }
            for (int i = 0; i < processes.size(); i++) {
                assertThat(processes.get(i).waitFor(2, TimeUnit.MINUTES)).as("process %d finished", i).isTrue();
                assertThat(processes.get(i).exitValue()).as(log(i)).isZero();
                assertThat(outputs.get(i).readLine()).as("refused attempts").matches("\\d+");
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }

        try (StorageEngine engine = SqliteStorageEngine.open(file)) {
            assertThat(CasCounter.read(engine.forModule(MODULE), "counter")).isEqualTo(2L * increments);
        }
        // both processes share one unpacked library (and the note that remembers which one it is)
        try (var cached = Files.list(file.getParent().resolve("lib"))) {
            assertThat(cached.map(path -> path.getFileName().toString()).filter(name -> !name.endsWith(".library")))
                    .singleElement().asString().startsWith("sqlite-jdbc-");
        }
    }

    private static Process startCounter(Path file, int increments, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CounterProcess.class.getName(),
                        file.toString(),
                        "counter",
                        Integer.toString(increments))
                .redirectError(log.toFile())
                .start();
    }

    private String log(int process) throws IOException {
        Path log = directory.resolve("process-" + process + ".log");
        return Files.exists(log) ? "process " + process + " said: " + Files.readString(log) : "";
    }
}
