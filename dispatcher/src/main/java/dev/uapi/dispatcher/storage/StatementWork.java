package dev.uapi.dispatcher.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Work done with one prepared statement of a borrowed connection: it sets every parameter, executes, and closes
 * the result sets it opens. The statement must not escape the work, and the work must not close it: the
 * database may keep it for the next work with the same SQL.
 */
@FunctionalInterface
interface StatementWork<T> {

    T run(PreparedStatement statement) throws SQLException;
}
