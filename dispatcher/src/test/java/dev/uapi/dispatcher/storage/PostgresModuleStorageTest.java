package dev.uapi.dispatcher.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;

/**
 * The {@link ModuleStorage} contract on a real PostgreSQL server, in a schema of its own; needs
 * {@code UAPI_TEST_POSTGRES_URL} (see {@link PostgresTestServer}).
 */
class PostgresModuleStorageTest extends ModuleStorageContract {

    private static PostgresTestServer server;

    @AfterAll
    static void dropSchema() throws SQLException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected void emptyStore() throws SQLException {
        // here rather than in @BeforeAll, so that without a server each test is reported as skipped, with why
        if (server == null) {
            server = PostgresTestServer.withFreshSchema();
        }
        server.dropTables();
    }

    @Override
    protected StorageEngine openEngine() {
        return PostgresStorageEngine.open(server.url(), null, null, 4);
    }

    @Override
    protected Connection connectToStore() throws SQLException {
        return server.connect();
    }
}
