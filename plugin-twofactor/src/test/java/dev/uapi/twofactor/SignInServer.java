package dev.uapi.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.uapi.dispatcher.cli.UapiMain;
import dev.uapi.dispatcher.server.Uapid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real {@code uapid} in this process, on loopback, in a fresh {@code UAPI_HOME} with the SQLite store and
 * the system clock: the dispatcher, the {@code UserManager} and {@code Tokens} modules, and this plugin, found
 * by {@code ServiceLoader}. The password is set as an operator would, with {@code uapi --set-password} reading
 * standard input. Argon2 runs at a small cost here, to keep the build quick; the cost is a setting.
 */
final class SignInServer implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    private final Uapid uapid;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    SignInServer(Path home, String account) throws Exception {
        Files.writeString(home.resolve("uapi.yaml"),
                "modules:\n  UserManager:\n    argon2_memory_kib: 1024\n    argon2_iterations: 1\n");
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        int status = UapiMain.run(new String[] {"--user=" + account, "--set-password"},
                new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(cliOut, true), new PrintWriter(cliErr, true), home);
        assertThat(status).as(cliErr.toString()).isZero();
        assertThat(cliOut.toString()).isEqualTo("uapi: the password of " + account + " is set.\n")
                .doesNotContain(PASSWORD);
        PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);
        uapid = Uapid.start(home, settings -> settings.withPort(0).withBind("127.0.0.1"), log, log);
    }

    /** The address of the sign-in page, as {@code uapid} prints it. */
    URI signInPage() {
        List<String> lines = log().lines().filter(line -> line.contains(" INFO uapid: sign in at ")).toList();
        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        return URI.create(line.substring(line.indexOf(" INFO uapid: sign in at ") + " INFO uapid: sign in at ".length()));
    }

    URI uri() {
        return uapid.uri();
    }

    String log() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        uapid.stop();
    }
}
