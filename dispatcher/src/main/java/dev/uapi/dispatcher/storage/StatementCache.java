package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection's prepared statements, kept by SQL text: preparing parses and plans the SQL, which for a point
 * read costs about as much as running it. Used by one thread at a time, the one that holds the connection.
 *
 * <p>A kept statement stays right when the schema changes (SQLite prepares it again by itself when its schema
 * is out of date) and goes with its connection ({@link #close}). A statement whose work failed is closed and
 * prepared afresh next time, since its state is unknown. At most {@link #MAX_STATEMENTS} are kept: the SQL is
 * the storage's own constants, never text built from values, but a bound costs nothing.
 */
final class StatementCache implements AutoCloseable {

    static final int MAX_STATEMENTS = 32;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = requireNonNull(connection, "connection is null");
    }

    /** Runs work with the statement of {@code sql}, prepared now or kept from an earlier work. */
    <T> T run(String sql, StatementWork<T> work) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            if (statements.size() >= MAX_STATEMENTS) {
                close();
            }
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        T result;
        try {
            result = work.run(statement);
        } catch (SQLException | RuntimeException | Error e) {
            forget(sql, statement);
            throw e;
        }
        try {
            // the values bound (a stored record, say) are not kept past the work
            statement.clearParameters();
        } catch (SQLException e) {
            // the work is done (a write may have committed): its result stands, the statement goes
            forget(sql, statement);
        }
        return result;
    }

    private void forget(String sql, PreparedStatement statement) {
        statements.remove(sql);
        closeQuietly(statement);
    }

    /** How many statements are kept. */
    int size() {
        return statements.size();
    }

    /** Closes every kept statement; the connection stays open. */
    @Override
    public void close() {
        statements.values().forEach(StatementCache::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // a statement holds nothing to lose; its connection is what matters
            System.getLogger(StatementCache.class.getName()).log(System.Logger.Level.DEBUG, "closing a statement failed", e);
        }
    }
}
