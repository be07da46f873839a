package dev.uapi.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code bin/uapid} of the source tree (the same layout as the installed distribution: TwoFactorAuth a
 * bundled plugin in its own class loader) on loopback, in a fresh {@code UAPI_HOME} with the SQLite store and the
 * system clock. The password is set as an operator would, with {@code bin/uapi --set-password} reading standard
 * input. Argon2 runs at a small cost here, to keep the build quick; the cost is a setting.
 */
final class SignInServer {

    static final String PASSWORD = "correct horse battery";

    private static final String SIGN_IN = " INFO uapid: sign in at ";

    private final Process uapid;
    private final StringBuffer log = new StringBuffer();
    private final CompletableFuture<Void> drained;
    private final URI signInPage;

    SignInServer(Path root, Path home, String account) throws Exception {
        Files.writeString(home.resolve("uapi.yaml"),
                "modules:\n  UserManager:\n    argon2_memory_kib: 1024\n    argon2_iterations: 1\n");
        ProcessBuilder setPassword = new ProcessBuilder(root.resolve("bin/uapi").toString(), "--home", home.toString(),
                "--user=" + account, "--set-password");
        Process set = setPassword.start();
        try (OutputStream in = set.getOutputStream()) {
            in.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(set.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(set.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(set.waitFor(60, TimeUnit.SECONDS)).as("bin/uapi --set-password finished").isTrue();
        assertThat(set.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("uapi: the password of " + account + " is set.\n").doesNotContain(PASSWORD);

        uapid = new ProcessBuilder(root.resolve("bin/uapid").toString(), "--home", home.toString(), "--port", "0",
                "--bind", "127.0.0.1").redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(uapid.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.contains(SIGN_IN)) {
            log.append(line).append('\n');
        }
        assertThat(line).as("bin/uapid started: " + log).isNotNull();
        log.append(line).append('\n');
        signInPage = URI.create(line.substring(line.indexOf(SIGN_IN) + SIGN_IN.length()));
        // the rest of the log, read as the server writes it, so that it never blocks on a full pipe
        drained = CompletableFuture.runAsync(() -> drain(lines));
    }

    private void drain(BufferedReader lines) {
        try (lines) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
            }
        } catch (IOException e) {
            log.append("(log unreadable: ").append(e.getMessage()).append(")\n");
        }
    }

    /** The address of the sign-in page, as {@code uapid} prints it. */
    URI signInPage() {
        return signInPage;
    }

    /** What {@code uapid} wrote so far, standard output and standard error together. */
    String log() {
        return log.toString();
    }

    /** Stops {@code uapid} with SIGTERM, as systemd would, and waits for its log to end. */
    void close() throws Exception {
        uapid.destroy();
        assertThat(uapid.waitFor(60, TimeUnit.SECONDS)).as("bin/uapid stopped on SIGTERM").isTrue();
        drained.get(60, TimeUnit.SECONDS);
    }
}
