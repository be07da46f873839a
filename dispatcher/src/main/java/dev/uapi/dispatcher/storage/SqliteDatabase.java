package dev.uapi.dispatcher.storage;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import dev.uapi.spi.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * A SQLite file through one writing connection guarded by a lock, and read-only connections for reads that
 * find it busy.
 *
 * <p>One writing connection rather than a pool: {@code bin/uapi} opens the file on every invocation, so
 * opening must cost one {@code open(2)} and three pragmas, not a pool's warm-up; and SQLite admits one writer
 * at a time whatever the number of connections, while the slow part of a write, the commit's {@code fsync},
 * would hold the write lock in any case. A server that needs parallel writers runs on PostgreSQL.
 *
 * <p>Reads are another matter: with the write-ahead log, readers never wait for the writer or for each other,
 * and a server's requests mostly read. So a {@link #read} takes the writing connection when it is free (a lone
 * caller such as {@code bin/uapi} never opens a second connection), and otherwise one of up to
 * {@link #maxReaders()} read-only connections, opened on first need and kept. A read sees every commit that
 * returned before it started, on whichever connection. Durability is untouched: every write still goes through
 * the one connection with {@code synchronous = FULL}.
 *
 * <p>Other processes (the command line next to a server) are kept out by SQLite's own file locks; a writer
 * that finds the lock taken waits up to {@link #BUSY_TIMEOUT_MILLIS} before failing.
 */
final class SqliteDatabase implements SqlDatabase {

    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final int SWITCH_RETRY_MILLIS = 10;

    private final Path file;
    private final Connection connection;
    /** The writing connection's statements: used under {@link #lock} only. */
    private final Link writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final int maxReaders;
    /** Guards the fields below it. */
    private final Object readers = new Object();
    private final Deque<Link> idleReaders = new ArrayDeque<>();
    private int openReaders;
    private boolean closed;

    /** A connection and the statements kept prepared on it: used by one thread at a time. */
    private record Link(Connection connection, StatementCache statements) {

        Link(Connection connection) {
            this(connection, new StatementCache(connection));
        }
    }

    /** What {@link #read} and {@link #run} do with the connection they hold. */
    @FunctionalInterface
    private interface LinkWork<T> {
        T run(Link link) throws SQLException;
    }

    private SqliteDatabase(Path file, Connection connection) {
        this.file = requireNonNull(file, "file is null");
        this.connection = requireNonNull(connection, "connection is null");
        this.writer = new Link(connection);
        // reads are CPU work on cached pages: more readers than twice the cores would only queue in the kernel
        this.maxReaders = Math.min(16, Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Opens the file, creating it and its directories owner-only when missing.
     *
     * @throws IOException when the file or its directories cannot be created
     * @throws SQLException when the file is not a SQLite database or cannot be set up
     */
    static SqliteDatabase open(Path file) throws IOException, SQLException {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.toString().contains("?")) {
            // the driver would read what follows '?' as connection settings
            throw new IllegalArgumentException("A SQLite file name cannot contain '?': " + absolute);
        }
        // Created here rather than by SQLite so that it is owner-only from the start; the -wal and -shm files
        // SQLite adds next to it copy its permissions.
        OwnerOnlyFiles.createFileIfAbsent(absolute);
        Connection connection = connect(absolute, new Properties());
        try {
            configure(connection);
            return new SqliteDatabase(absolute, connection);
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(connection, e);
            throw e;
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // first, so that the journal mode change below waits for a process that is creating the file too
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            // WAL: readers never block the writer and a crash never leaves a torn page
            String mode = switchToWriteAheadLog(statement);
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new SQLException("SQLite refused write-ahead logging on this file system (journal mode " + mode + ")");
            }
            // FULL: a commit is on disk when it returns, even if the machine loses power right after
            statement.execute("PRAGMA synchronous = FULL");
        }
    }

    /**
     * Switches the file to write-ahead logging (once in its life: the mode is stored in the file) and returns the
     * mode it is in. Two connections switching a new file at the same moment can get SQLITE_BUSY at once: SQLite
     * does not call the busy handler while holding the shared lock it wants to upgrade, since both could wait
     * forever. So wait here instead, as long as the busy timeout would have.
     */
    private static String switchToWriteAheadLog(Statement statement) throws SQLException {
        for (int waited = 0; ; waited += SWITCH_RETRY_MILLIS) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                return mode.next() ? mode.getString(1) : "unknown";
            } catch (SQLiteException e) {
                if (!isBusy(e) || waited >= BUSY_TIMEOUT_MILLIS) {
                    throw e;
                }
            }
            pause(SWITCH_RETRY_MILLIS);
        }
    }

    private static boolean isBusy(SQLiteException e) {
        return (e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }

    private static void pause(int millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for another process to set up the file", e);
        }
    }

    @Override
    public <T> T run(SqlWork<T> work) throws SQLException {
        return onWriter(link -> work.run(link.connection()));
    }

    /** Runs one statement on the writing connection, which keeps it prepared. */
    @Override
    public <T> T run(String sql, StatementWork<T> work) throws SQLException {
        return onWriter(link -> link.statements().run(sql, work));
    }

    @Override
    public <T> T read(SqlWork<T> work) throws SQLException {
        return onAny(link -> work.run(link.connection()));
    }

    /** Runs one read on whichever connection {@link #read} would take, which keeps the statement prepared. */
    @Override
    public <T> T read(String sql, StatementWork<T> work) throws SQLException {
        return onAny(link -> link.statements().run(sql, work));
    }

    private <T> T onWriter(LinkWork<T> work) throws SQLException {
        lock.lock();
        try {
            return work.run(writer);
        } finally {
            lock.unlock();
        }
    }

    private <T> T onAny(LinkWork<T> work) throws SQLException {
        if (lock.tryLock()) {
            try {
                return work.run(writer);
            } finally {
                lock.unlock();
            }
        }
        Link reader = takeReader();
        if (reader == null) {
            // every reader busy, or none could be opened: wait for the writing connection, as before readers
            return onWriter(work);
        }
        boolean reusable = false;
        try {
            T result = work.run(reader);
            reusable = true;
            return result;
        } finally {
            giveBack(reader, reusable);
        }
    }

    /** The most read-only connections this database opens beside the writing one. */
    int maxReaders() {
        return maxReaders;
    }

    /** How many read-only connections are open now. */
    int openReaders() {
        synchronized (readers) {
            return openReaders;
        }
    }

    private Link takeReader() {
        synchronized (readers) {
            if (closed) {
                return null;
            }
            Link idle = idleReaders.pollFirst();
            if (idle != null || openReaders >= maxReaders) {
                return idle;
            }
            openReaders++;
        }
        try {
            return new Link(openReader());
        } catch (SQLException | RuntimeException e) {
            synchronized (readers) {
                openReaders--;
            }
            // the writing connection still serves the read; the log says why there is no reader
            System.getLogger(SqliteDatabase.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot open a read connection to " + file + "; reading through the writing one: " + e.getMessage());
            return null;
        }
    }

    private Connection openReader() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // a reader can never write, whatever the work given to read() does
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return connect(file, config.toProperties());
    }

    /**
     * Connects through the driver's connection class itself, as {@code org.sqlite.JDBC.createConnection} does.
     * Not through {@code org.sqlite.JDBC}: loading it registers the driver with {@code java.sql.DriverManager},
     * whose start looks for drivers in every jar on the class path, on every command-line call.
     */
    private static Connection connect(Path file, Properties properties) throws SQLException {
        return new JDBC4Connection("jdbc:sqlite:" + file, file.toString(), properties);
    }

    // A reader whose work failed is closed rather than kept: its state is unknown.
    private void giveBack(Link reader, boolean reusable) {
        synchronized (readers) {
            if (reusable && !closed) {
                idleReaders.addFirst(reader);
                return;
            }
            openReaders--;
        }
        closeQuietly(reader);
    }

    @Override
    public <T> T runExclusive(SqlWork<T> work) throws SQLException {
        lock.lock();
        try (Statement statement = connection.createStatement()) {
            // IMMEDIATE takes the write lock now (waiting for the busy timeout), not at the first write, so two
            // processes migrating at once queue up instead of one failing to upgrade its read lock
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfterFailure(statement, e);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SQLITE;
    }

    @Override
    public String describe() {
        return "sqlite:" + file;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            // readers in use are closed when given back
            synchronized (readers) {
                closed = true;
                openReaders -= idleReaders.size();
                idleReaders.forEach(SqliteDatabase::closeQuietly);
                idleReaders.clear();
            }
            writer.statements().close();
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close " + describe(), e);
        } finally {
            lock.unlock();
        }
    }

    private static void rollbackAfterFailure(Statement statement, Exception failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Link reader) {
        reader.statements().close();
        try {
            reader.connection().close();
        } catch (SQLException e) {
            // a read-only connection holds nothing to lose
            System.getLogger(SqliteDatabase.class.getName()).log(System.Logger.Level.DEBUG, "closing a reader failed", e);
        }
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
