package dev.uapi.dispatcher.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.cli.UapiMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both launchers, started where they cannot start: each prints a short message naming what failed and why,
 * never a stack trace, and exits 3.
 */
class StartupFailuresTest {

    @TempDir
    Path home;

    record Outcome(int status, String err) {
        List<String> lines() {
            return err.lines().toList();
        }
    }

    private Outcome uapid(String... extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[extra.length + 2];
        args[0] = "--home=" + home;
        args[1] = "--check";
        System.arraycopy(extra, 0, args, 2, extra.length);
        int status = UapidMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, err.toString(StandardCharsets.UTF_8));
    }

    private Outcome uapi() {
        StringWriter err = new StringWriter();
        int status = UapiMain.run(new String[] {"--user=alice", "Tokens", "list"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err), home);
        return new Outcome(status, err.toString());
    }

    private void settings(String yaml) throws IOException {
        Files.writeString(home.resolve("uapi.yaml"), yaml);
    }

    private static void assertShort(Outcome outcome, String firstLine) {
        assertThat(outcome.status()).isEqualTo(3);
        assertThat(outcome.lines().get(0)).isEqualTo(firstLine);
        assertThat(outcome.err()).doesNotContain("\tat ", "Exception", "Guice");
    }

    @Test
    void aHomeThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(home.resolve("not-a-dir"), "x");
        home = file;

        assertShort(uapid(), "uapid: UAPI_HOME " + file + " is a file, not a directory");
        assertShort(uapi(), "uapi: UAPI_HOME " + file + " is a file, not a directory");
    }

    @Test
    void everyProblemOfTheFileIsListedOnceByBothLaunchers() throws IOException {
        settings("storage: {engin: x}\nserver: {prot: 1}\n");

        Outcome uapid = uapid();
        assertShort(uapid, "uapid: cannot start: 2 problems in " + home.resolve("uapi.yaml") + ":");
        assertThat(uapid.lines()).containsExactly(
                "uapid: cannot start: 2 problems in " + home.resolve("uapi.yaml") + ":",
                "  uapi.yaml: storage.engin: unknown key; known keys: engine, postgresql, sqlite",
                "  uapi.yaml: server.prot: unknown key; known keys: bind, idle_timeout_seconds, max_body_bytes, port,"
                        + " request_timeout_seconds, sign_in, stop_timeout_seconds, threads, tls");
        assertThat(uapi().lines()).containsExactly(
                "uapi: cannot start: 2 problems in " + home.resolve("uapi.yaml") + ":",
                "  uapi.yaml: storage.engin: unknown key; known keys: engine, postgresql, sqlite",
                "  uapi.yaml: server.prot: unknown key; known keys: bind, idle_timeout_seconds, max_body_bytes, port,"
                        + " request_timeout_seconds, sign_in, stop_timeout_seconds, threads, tls");
    }

    @Test
    void aSectionForAModuleNoPluginProvidesStopsBothLaunchers() throws IOException {
        settings("modules:\n  TwoFactorAuht: {digits: 6}\n");

        assertShort(uapid(), "uapid: cannot start: uapi.yaml: modules.TwoFactorAuht: unknown key; known keys: Test, Tokens, UserManager");
        assertShort(uapi(), "uapi: cannot start: uapi.yaml: modules.TwoFactorAuht: unknown key; known keys: Test, Tokens, UserManager");
    }

    @Test
    void anUnknownKeyOfAModulesOwnSectionStopsTheServer() throws IOException {
        settings("modules:\n  Tokens: {max: 3}\n");

        assertShort(uapid(), "uapid: cannot start: uapi.yaml: modules.Tokens.max: unknown key; this section takes no keys");
    }

    @Test
    void aSqliteFileThatCannotBeOpenedSaysWhy() throws IOException {
        Files.createDirectories(home.resolve("uapi.db"));

        Outcome outcome = uapid();

        assertThat(outcome.status()).isEqualTo(3);
        assertThat(outcome.err()).startsWith("uapid: cannot open the store: SQLite file " + home.resolve("uapi.db") + ": ")
                .doesNotContain("\tat ");
        assertThat(outcome.lines()).hasSize(1);
    }

    @Test
    void aSqliteFileThatCannotBeOpenedStopsBothLaunchersWithTheSameSentence() throws IOException {
        Files.createDirectories(home.resolve("uapi.db"));

        assertOnly(uapi(), "uapi: " + cannotOpenTheDatabaseFile());
        assertOnly(uapid(), "uapid: " + cannotOpenTheDatabaseFile());
    }

    @Test
    void aStoreThatCannotBeOpenedIsTheOnlyProblemReported() throws IOException {
        // the store opens on its own thread while the host is wired: its failure still comes first, alone
        Files.createDirectories(home.resolve("uapi.db"));
        settings("modules:\n  TwoFactorAuht: {digits: 6}\n");

        assertOnly(uapi(), "uapi: " + cannotOpenTheDatabaseFile());
        assertOnly(uapid(), "uapid: " + cannotOpenTheDatabaseFile());
    }

    private String cannotOpenTheDatabaseFile() {
        return "cannot open the store: SQLite file " + home.resolve("uapi.db")
                + ": [SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)";
    }

    private static void assertOnly(Outcome outcome, String line) {
        assertShort(outcome, line);
        assertThat(outcome.lines()).hasSize(1);
    }

    @Test
    void aPostgresqlServerThatIsNotListeningIsNamedOnce() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        settings("storage:\n  engine: postgresql\n  postgresql: {url: \"jdbc:postgresql://127.0.0.1:" + port
                + "/uapi?connectTimeout=5\", user: uapi, password: pw}\n");

        Outcome outcome = uapid();

        assertShort(outcome, outcome.lines().get(0));
        assertThat(outcome.err()).startsWith("uapid: cannot open the store: PostgreSQL at 127.0.0.1:" + port
                + " cannot be reached: Connection to 127.0.0.1:" + port + " refused.");
        assertThat(outcome.lines()).hasSize(1);
        assertThat(outcome.err()).doesNotContain("pw");
    }

    @Test
    void aRefusedPasswordAndAMissingDatabaseAreSaidPlainly() throws Exception {
        String url = System.getenv("UAPI_TEST_POSTGRES_URL");
        if ("1".equals(System.getenv("UAPI_REQUIRE_POSTGRES"))) {
            assertThat(url).as("UAPI_TEST_POSTGRES_URL").isNotBlank();
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL: eval \"$(.ci/postgres-start)\"");
        String server = url.substring(0, url.indexOf('?'));
        String hostPort = server.substring("jdbc:postgresql://".length(), server.lastIndexOf('/'));
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS uapi_startup_test");
            statement.execute("CREATE ROLE uapi_startup_test LOGIN PASSWORD 'right-one'");
        }
        settings("storage:\n  engine: postgresql\n  postgresql: {url: \"" + server
                + "\", user: uapi_startup_test, password: wrong-one}\n");

        Outcome wrong = uapid();

        assertShort(wrong, "uapid: cannot open the store: PostgreSQL at " + hostPort
                + " refused the password for user \"uapi_startup_test\"; check storage.postgresql.user and password"
                + " in uapi.yaml");
        assertThat(wrong.err()).doesNotContain("wrong-one");

        settings("storage:\n  engine: postgresql\n  postgresql: {url: \"" + server.substring(0, server.lastIndexOf('/'))
                + "/no_such_db\", user: uapi_startup_test, password: right-one}\n");

        Outcome missing = uapid();

        assertShort(missing, "uapid: cannot open the store: PostgreSQL at " + hostPort
                + ": database \"no_such_db\" does not exist; create it (docs/operations.md, \"PostgreSQL\")");
    }
}
