package dev.uapi.dispatcher.storage;

import static dev.uapi.dispatcher.storage.SqliteReadersTest.execute;
import static dev.uapi.dispatcher.storage.SqliteReadersTest.holdingTheWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite statements kept prepared per connection: reused, yet never stale. */
class StatementCacheTest {

    private static final String SELECT = "SELECT * FROM t WHERE k = ?";

    @TempDir
    private Path directory;

    private Path file;

    @BeforeEach
    void createTable() throws Exception {
        file = directory.resolve("uapi.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            database.run(connection -> execute(connection.createStatement(),
                    "CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)", "INSERT INTO t VALUES ('a', 'first')"));
        }
    }

    @Test
    void aStatementIsPreparedOncePerConnectionAndReused() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            PreparedStatement first = database.read(SELECT, statement -> statement);
            PreparedStatement second = database.read(SELECT, statement -> statement);
            PreparedStatement onWriter = database.run(SELECT, statement -> statement);

            assertThat(second).isSameAs(first).isSameAs(onWriter);
            PreparedStatement onReader = holdingTheWriter(database, () -> database.read(SELECT, statement -> statement));
            assertThat(onReader).isNotSameAs(first);
            assertThat(read(database, "a")).isEqualTo("a|first");
        }
    }

    @Test
    void aKeptStatementSeesWhatIsCommittedAfterItWasPrepared() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file); SqliteDatabase otherProcess = SqliteDatabase.open(file)) {
            assertThat(read(database, "a")).isEqualTo("a|first");
            assertThat(holdingTheWriter(database, () -> read(database, "a"))).isEqualTo("a|first");

            otherProcess.run(connection -> execute(connection.createStatement(), "UPDATE t SET v = 'second'"));

            assertThat(read(database, "a")).isEqualTo("a|second");
            assertThat(holdingTheWriter(database, () -> read(database, "a"))).isEqualTo("a|second");
        }
    }

    @Test
    void aKeptStatementFollowsASchemaChangedByAnotherConnection() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file); SqliteDatabase otherProcess = SqliteDatabase.open(file)) {
            assertThat(read(database, "a")).isEqualTo("a|first");
            assertThat(holdingTheWriter(database, () -> read(database, "a"))).isEqualTo("a|first");

            otherProcess.run(connection -> execute(connection.createStatement(),
                    "ALTER TABLE t ADD COLUMN w TEXT DEFAULT 'added'"));
            assertThat(read(database, "a")).isEqualTo("a|first|added");
            assertThat(holdingTheWriter(database, () -> read(database, "a"))).isEqualTo("a|first|added");

            otherProcess.run(connection -> execute(connection.createStatement(), "DROP TABLE t",
                    "CREATE TABLE t (v TEXT, k TEXT PRIMARY KEY)", "INSERT INTO t VALUES ('recreated', 'a')"));
            assertThat(read(database, "a")).isEqualTo("recreated|a");
            assertThat(holdingTheWriter(database, () -> read(database, "a"))).isEqualTo("recreated|a");
        }
    }

    @Test
    void aStatementWhoseWorkFailedIsPreparedAfresh() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            PreparedStatement failed = database.run(SELECT, statement -> statement);
            assertThatThrownBy(() -> database.run(SELECT, statement -> {
                statement.setString(1, "a");
                statement.executeQuery().next();
                throw new SQLException("the work failed half way through its result");
            })).hasMessageContaining("half way");

            PreparedStatement next = database.run(SELECT, statement -> statement);
            assertThat(next).isNotSameAs(failed);
            assertThat(failed.isClosed()).isTrue();
            assertThat(read(database, "a")).isEqualTo("a|first");
        }
    }

    @Test
    void aReaderWhoseWorkFailedIsClosedWithItsStatements() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            holdingTheWriter(database, () -> {
                PreparedStatement kept = database.read(SELECT, statement -> statement);
                assertThatThrownBy(() -> database.read(SELECT, statement -> {
                    throw new SQLException("the work failed");
                })).hasMessageContaining("failed");

                assertThat(database.openReaders()).isZero();
                assertThat(kept.isClosed()).isTrue();
                assertThat(read(database, "a")).isEqualTo("a|first");
                return null;
            });
        }
    }

    @Test
    void theParametersOfAWorkAreNotKeptForTheNext() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            assertThat(read(database, "a")).isEqualTo("a|first");

            String unbound = database.read(SELECT, statement -> {
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? "found" : "nothing";
                }
            });
            assertThat(unbound).isEqualTo("nothing");
        }
    }

    @Test
    void noMoreStatementsAreKeptThanTheLimit() throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            java.sql.Connection connection = database.run(each -> each);
            StatementCache cache = new StatementCache(connection);
            for (int i = 0; i < StatementCache.MAX_STATEMENTS * 2; i++) {
                String sql = "SELECT " + i;
                database.run(each -> cache.run(sql, statement -> statement.executeQuery().next()));
                assertThat(cache.size()).isLessThanOrEqualTo(StatementCache.MAX_STATEMENTS);
            }
            database.run(each -> {
                cache.close();
                return null;
            });
            assertThat(cache.size()).isZero();
        }
    }

    /** The row of key {@code k}, its columns joined with '|', through the kept statement. */
    private static String read(SqliteDatabase database, String key) throws SQLException {
        return database.read(SELECT, statement -> {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                StringBuilder row = new StringBuilder(result.getString(1));
                for (int column = 2; column <= result.getMetaData().getColumnCount(); column++) {
                    row.append('|').append(result.getString(column));
                }
                return row.toString();
            }
        });
    }
}
