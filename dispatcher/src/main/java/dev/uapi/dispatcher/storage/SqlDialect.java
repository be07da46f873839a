package dev.uapi.dispatcher.storage;

/**
 * The column types in which SQLite and PostgreSQL differ; every other piece of SQL is the same for both.
 *
 * <p>Text is compared byte by byte in both (SQLite's {@code BINARY}, PostgreSQL's {@code "C"}), so that keys
 * sort the same way everywhere and a prefix range {@code [prefix, successor)} is exact whatever the server's
 * locale.
 *
 * @param text the type of a key-like text column
 * @param bytes the type of a binary column
 */
record SqlDialect(String text, String bytes) {

    static final SqlDialect SQLITE = new SqlDialect("TEXT COLLATE BINARY", "BLOB");
    static final SqlDialect POSTGRESQL = new SqlDialect("TEXT COLLATE \"C\"", "BYTEA");

    /** Replaces {@code {text}} and {@code {bytes}} in a statement with this dialect's types. */
    String render(String sql) {
        return sql.replace("{text}", text).replace("{bytes}", bytes);
    }
}
