package dev.uapi.dispatcher.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Where the SQL of {@link JdbcModuleStorage} and {@link SchemaMigrations} runs: the one part that differs
 * between the engines besides the column types.
 */
interface SqlDatabase extends AutoCloseable {

    /**
     * Runs work on a connection in auto-commit mode: each statement is its own transaction. A writing statement
     * takes the write lock when it starts (it is never a read upgraded to a write later), so it waits for other
     * writers rather than failing.
     */
    <T> T run(SqlWork<T> work) throws SQLException;

    /**
     * Runs work that only reads, in auto-commit mode, possibly on another connection than {@link #run} and
     * beside other reads: it sees every write that returned before it started. Reading changes nothing, so an
     * engine may run it a second time on a fresh connection when the first one turned out to be broken; a write
     * is never run twice, since its first run may have committed before the connection broke. The default runs
     * it as {@link #run} does.
     */
    default <T> T read(SqlWork<T> work) throws SQLException {
        return run(work);
    }

    /**
     * Runs one statement as {@link #run} runs work. The engine may keep the statement prepared for the next call
     * with the same SQL, so {@code sql} is one of the caller's constants, never text built from values. The
     * default prepares it afresh and closes it after the work.
     */
    default <T> T run(String sql, StatementWork<T> work) throws SQLException {
        return run(connection -> once(connection, sql, work));
    }

    /** Runs one statement that only reads, as {@link #read} runs work; kept as {@link #run(String, StatementWork)}. */
    default <T> T read(String sql, StatementWork<T> work) throws SQLException {
        return read(connection -> once(connection, sql, work));
    }

    private static <T> T once(Connection connection, String sql, StatementWork<T> work) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        }
    }

    /**
     * Runs work in one transaction that excludes every other {@code runExclusive} on the same database, in this
     * process or another: for schema migrations. Commits when the work returns, rolls back when it throws.
     */
    <T> T runExclusive(SqlWork<T> work) throws SQLException;

    SqlDialect dialect();

    /** See {@link StorageEngine#describe()}. */
    String describe();

    @Override
    void close();
}
