package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code bin/uapi}'s side of the resident host ({@link ResidentHost}): hands a call to the host of the call's
 * home when one is listening, so that the call does not start a host of its own; after a call it ran itself,
 * starts one for the next calls.
 *
 * <p>Only plain calls go to the resident host: not {@code --set-password} (it reads the terminal), not a line
 * picocli must parse, not a relative {@code --home}, not with {@code UAPI_LOG_LEVEL} set (the log lines would be
 * the host's), and none at all with {@code UAPI_RESIDENT=off}.
 */
final class ResidentClient {

    /**
     * The variable that chooses: unset (or {@code on}), calls go to the home's resident host and the first
     * call starts one; {@code attach}, calls go to a running one but none is started; {@code off}, every call
     * starts a host of its own.
     */
    static final String VARIABLE = "UAPI_RESIDENT";

    /** The system property the launcher sets to its own path: how a resident host is started. */
    static final String LAUNCHER = "uapi.launcher";

    /** The variable that makes the launcher start the resident host of a home instead of a call. */
    static final String HOME_VARIABLE = "UAPI_RESIDENT_HOME";

    /** How long a client waits for a host to take and greet it: it is on the same machine, and idle. */
    private static final int CONNECT_MILLIS = 2_000;

    private final String[] args;
    private final Path home;
    private final boolean readsStdin;
    private final Map<String, String> environment;
    private final boolean mayStart;
    private boolean nobodyListening;

    private ResidentClient(String[] args, Path home, boolean readsStdin, Map<String, String> environment) {
        this.args = args;
        this.home = home;
        this.readsStdin = readsStdin;
        this.environment = environment;
        this.mayStart = !"attach".equals(environment.get(VARIABLE));
    }

    /**
     * The resident side of a call of {@code args}, or null when it must run in this process.
     *
     * @param home the home without {@code --home} ({@code UAPI_HOME} or the default)
     */
    static ResidentClient forCall(String[] args, Map<String, String> environment, Path home) {
        if ("off".equals(environment.get(VARIABLE)) || !blank(environment.get("UAPI_LOG_LEVEL"))
                || !Files.isDirectory(Path.of("/proc/self"))) {
            return null;
        }
        CallOptions options = CallParser.parse(args);
        if (options == null || options.setPassword()) {
            return null;
        }
        Path callHome = home;
        if (options.home() != null) {
            callHome = Path.of(options.home());
            if (!callHome.isAbsolute()) {
                return null;
            }
        }
        return new ResidentClient(args, callHome, options.input() != null, environment);
    }

    /** What became of a call offered to the resident host. */
    record Outcome(boolean ran, int status, InputStream stdin) {
    }

    /**
     * Offers the call to the resident host. When it ran it, its output has been written to {@code out} and
     * {@code err}. When not, {@code stdin} of the outcome is standard input for the call to run here (it may
     * have been read already).
     *
     * @throws ResidentHostStopped when the host stopped after it had the call, which may have run
     */
    Outcome call(InputStream stdin, OutputStream out, OutputStream err) throws IOException {
        byte[] input = readsStdin ? stdin.readAllBytes() : null;
        Outcome notRun = new Outcome(false, -1, input == null ? stdin : new ByteArrayInputStream(input));
        ResidentAddress address = address();
        if (address == null) {
            return notRun;
        }
        try (Socket connection = new Socket()) {
            try {
                connection.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()),
                        CONNECT_MILLIS);
                connection.setSoTimeout(CONNECT_MILLIS);
                OutputStream toHost = new BufferedOutputStream(connection.getOutputStream());
                ResidentProtocol.writeGreeting(address.key(), toHost);
                if (!ResidentProtocol.readListening(connection.getInputStream())) {
                    // not a host of this home (gone, and its port taken by another process), or one stopping
                    nobodyListening = true;
                    return notRun;
                }
                connection.setSoTimeout(0);
                ResidentProtocol.write(new ResidentProtocol.Request(ResidentFingerprint.current(environment),
                        home.toString(), Arrays.asList(args), input), toHost);
            } catch (IOException e) {
                // the host never had the whole call: it did not run
                nobodyListening = true;
                return notRun;
            }
            ResidentProtocol.Answer answer;
            try {
                answer = ResidentProtocol.readAnswer(new BufferedInputStream(connection.getInputStream()));
            } catch (IOException e) {
                throw new ResidentHostStopped();
            }
            if (!answer.ran()) {
                // a host that stops because the home changed leaves the next calls to a new one
                nobodyListening = ResidentProtocol.Answer.CHANGED.equals(answer.declined());
                return notRun;
            }
            out.write(answer.out());
            out.flush();
            err.write(answer.err());
            err.flush();
            return new Outcome(true, answer.status(), notRun.stdin());
        }
    }

    /**
     * The address of the home's resident host, when one published it and it is this user's: a host of another
     * user (root calling for a home it does not own) would run the call as that user.
     */
    private ResidentAddress address() throws IOException {
        Path file = ResidentHost.address(home);
        try {
            if (!Files.getAttribute(file, "unix:uid").equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
                return null;
            }
        } catch (NoSuchFileException e) {
            nobodyListening = true;
            return null;
        }
        ResidentAddress address = ResidentAddress.read(file);
        nobodyListening = address == null;
        return address;
    }

    /**
     * After a call that ran here, starts the home's resident host in the background when nobody was listening
     * and the launcher said how ({@value #LAUNCHER}), unless {@code UAPI_RESIDENT=attach}. Quiet: a host that cannot start leaves the next call to run
     * on its own, as this one did.
     */
    void startHostIfNone() {
        String launcher = System.getProperty(LAUNCHER);
        if (!nobodyListening || !mayStart || launcher == null || launcher.isBlank()) {
            return;
        }
        try {
            Path run = ResidentHost.runDirectory(home);
            OwnerOnlyFiles.createDirectories(run);
            ProcessBuilder builder = new ProcessBuilder(launcher)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.to(run.resolve(ResidentHost.LOG).toFile()))
                    .redirectErrorStream(true);
            builder.environment().put(HOME_VARIABLE, home.toString());
            builder.start();
        } catch (IOException | RuntimeException e) {
            // the calls run on their own, as before
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The resident host stopped after it had the whole call and before it answered. */
    static final class ResidentHostStopped extends IOException {
        private static final long serialVersionUID = 1L;

        ResidentHostStopped() {
            super("the resident host stopped before it answered; the call may have run. Run it again if it did"
                    + " not (with UAPI_RESIDENT=off every call starts a host of its own)");
        }
    }
}
