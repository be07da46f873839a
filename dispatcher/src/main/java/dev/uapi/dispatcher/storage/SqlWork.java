package dev.uapi.dispatcher.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a borrowed connection; the connection must not escape it. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
