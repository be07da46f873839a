package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import dev.uapi.dispatcher.internal.HostModule;
import dev.uapi.dispatcher.modules.ModuleSlot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code bin/uapi}'s resident host: one started host per home that answers the command-line calls of its owner
 * on a loopback port, with a key that only readers of the owner-only {@code <home>/run/} have, so that a call no longer starts a JVM's worth of host (wiring,
 * store, plugins) each time. Started in the background by the first call that found none
 * ({@link ResidentClient}); stops after {@value #DEFAULT_IDLE_SECONDS} idle seconds ({@code UAPI_RESIDENT_IDLE}),
 * when its address file is removed, or when what it read at start changed.
 *
 * <p>A call it runs is the call {@code bin/uapi} would have run itself, against the same kind of host: it is
 * declined (and the client runs it) when the client's JVM was launched otherwise ({@link ResidentFingerprint}),
 * when another call is running (calls through it run one at a time, so none waits), and when the settings,
 * the server key, the SQLite file, a plugin or the host's own jars changed since its last call
 * ({@link HomeStamps}); then it stops, and the next call starts a new one. Everything a call writes is in the
 * store before its answer is sent, as without it.
 */
public final class ResidentHost implements HostLease {

    static final String RUN = "run";
    static final String ADDRESS = "resident.port";
    static final String LOCK = "resident.lock";
    static final String PID = "resident.pid";
    static final String LOG = "resident.log";

    static final String IDLE_VARIABLE = "UAPI_RESIDENT_IDLE";
    static final long DEFAULT_IDLE_SECONDS = 300;

    private static final int GREETING_MILLIS = 5_000;

    private final Path home;
    private final String fingerprint;
    private Host host;
    private HomeStamps files;
    private final long idleMillis;
    private final ReentrantLock calls = new ReentrantLock();
    private String stamps;
    private ServerSocket server;
    private volatile long lastCall = System.currentTimeMillis();
    private volatile boolean stopping;
    private volatile boolean fatalError;

    ResidentHost(Path home, String fingerprint, long idleMillis) {
        this.home = home;
        this.fingerprint = fingerprint;
        this.idleMillis = idleMillis;
    }

    /** {@code <home>/run/}: the address file, the lock, the process id and the log. */
    static Path runDirectory(Path home) {
        return home.resolve(RUN);
    }

    /** Where the resident host of {@code home} says where it listens, and with what key ({@link ResidentAddress}). */
    static Path address(Path home) {
        return runDirectory(home).resolve(ADDRESS);
    }

    /**
     * Serves the home given as the only argument until it stops; exits 0 when another resident host of the
     * home is running, 1 when it cannot listen, 3 when the host cannot start.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ResidentHost HOME");
            System.exit(UapiMain.USAGE);
        }
        Map<String, String> environment = System.getenv();
        System.exit(serve(Path.of(args[0]).toAbsolutePath(), ResidentFingerprint.current(environment),
                idleSeconds(environment.get(IDLE_VARIABLE)) * 1000));
    }

    static long idleSeconds(String configured) {
        try {
            return configured == null || configured.isBlank() ? DEFAULT_IDLE_SECONDS
                    : Math.max(1, Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            System.err.println("uapi resident host: " + IDLE_VARIABLE + " “" + configured
                    + "” is not a number of seconds; using " + DEFAULT_IDLE_SECONDS);
            return DEFAULT_IDLE_SECONDS;
        }
    }

    /** Serves {@code home} until idle for {@code idleMillis} or stopped; returns the exit status. */
    static int serve(Path home, String fingerprint, long idleMillis) {
        Path run = runDirectory(home);
        try {
            OwnerOnlyFiles.createDirectories(run);
            if (!OwnerOnlyFiles.groupAndOthersPermissions(run).isEmpty()) {
                System.err.println("uapi resident host: " + run + " is open to others; not listening there");
                return 1;
            }
        } catch (IOException e) {
            System.err.println("uapi resident host: cannot use " + run + ": " + e.getMessage());
            return 1;
        }
        try (FileChannel lockFile = FileChannel.open(run.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = lock(lockFile);
            if (lock == null) {
                return 0;
            }
            return new ResidentHost(home, fingerprint, idleMillis).start();
        } catch (IOException e) {
            System.err.println("uapi resident host: " + e.getMessage());
            return 1;
        }
    }

    /** The lock of the home's resident host, waiting a little for one that is stopping; null when it runs on. */
    private static FileLock lock(FileChannel file) throws IOException {
        for (int attempt = 0; attempt < 30; attempt++) {
            FileLock lock = file.tryLock();
            if (lock != null) {
                return lock;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static List<Path> pluginDirectories(Host host) {
        List<Path> directories = new ArrayList<>();
        String bundled = System.getProperty(HostModule.BUNDLED_PLUGINS, "");
        if (!bundled.isBlank()) {
            directories.add(Path.of(bundled));
        }
        directories.add(host.settings().pluginsDirectory());
        return directories;
    }

    /** Starts the host, then serves until it stops; returns the exit status. */
    private int start() throws IOException {
        try {
            host = Host.start(home, (incident, where, error) -> fatalError = true);
        } catch (RuntimeException e) {
            UapiMain.report(e, new PrintWriter(System.err, true));
            return UapiMain.FAILED_START;
        }
        try {
            CallStandardStreams.followStandardError();
            files = HomeStamps.of(host.settings(), pluginDirectories(host), System.getProperty("java.class.path", ""));
            stamps = files.take();
            warmUp();
            return listen();
        } finally {
            host.close();
        }
    }

    /**
     * Before it listens (meanwhile calls run on their own): creates every module, as {@code bin/uapid} does, and
     * renders the module list in each format, so that the first call it answers does not wait for either. The
     * calls of a module that fails to be created are left to their clients ({@link #needsFailedModule}).
     */
    private void warmUp() {
        host.loadAll();
        for (String format : new String[] {"yaml", "json", "xml"}) {
            try (CallStandardStreams discarded = CallStandardStreams.open()) {
                UapiMain.run(new String[] {"--list", "--output=" + format}, InputStream.nullInputStream(),
                        new PrintWriter(discarded.out(), true), new PrintWriter(discarded.err(), true), home, this);
            }
        }
    }

    private int listen() throws IOException {
        Path address = address(home);
        ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "uapi-resident-call");
            thread.setDaemon(true);
            return thread;
        });
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.server = server;
            ResidentAddress written = ResidentAddress.publish(address, server.getLocalPort());
            Path pid = runDirectory(home).resolve(PID);
            Files.writeString(pid, ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
            Thread watch = new Thread(() -> watch(address, written), "uapi-resident-watch");
            watch.setDaemon(true);
            watch.start();
            try {
                while (!stopping) {
                    Socket connection = server.accept();
                    connections.execute(() -> answer(connection, written.key()));
                }
            } catch (IOException e) {
                if (!stopping) {
                    throw e;
                }
            } finally {
                stopping = true;
                written.removeIfStill(address);
                Files.deleteIfExists(pid);
            }
        } finally {
            connections.shutdown();
            // a call under way finishes before the host closes
            calls.lock();
            try {
                connections.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                calls.unlock();
            }
        }
        return 0;
    }

    /** Stops the host when it has been idle too long, or its address file was removed or replaced. */
    private void watch(Path address, ResidentAddress written) {
        while (!stopping) {
            try {
                Thread.sleep(Math.min(1000, idleMillis));
            } catch (InterruptedException e) {
                return;
            }
            boolean idle = !calls.isLocked() && System.currentTimeMillis() - lastCall >= idleMillis;
            if (idle || !written.isStill(address)) {
                stop();
            }
        }
    }

    private void stop() {
        stopping = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing is all that was left to do
        }
    }

    private void answer(Socket connection, byte[] key) {
        try (connection) {
            // a client sends its greeting and call at once; one that does not is not waited for long
            connection.setSoTimeout(GREETING_MILLIS);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = new BufferedOutputStream(connection.getOutputStream());
            if (!MessageDigest.isEqual(key, ResidentProtocol.readGreeting(in))) {
                return;
            }
            ResidentProtocol.writeListening(out);
            ResidentProtocol.Request request = ResidentProtocol.readRequest(in);
            connection.setSoTimeout(0);
            ResidentProtocol.write(run(request), out);
        } catch (IOException e) {
            // the client went away, or did not speak this protocol: it runs its call itself, if it has one
        }
    }

    /** Runs the call, or says why not. */
    ResidentProtocol.Answer run(ResidentProtocol.Request request) {
        if (!request.fingerprint().equals(fingerprint) || !request.home().equals(home.toString())) {
            return ResidentProtocol.Answer.declined("launched otherwise");
        }
        if (stopping || !calls.tryLock()) {
            return ResidentProtocol.Answer.declined("busy");
        }
        try {
            if (!files.take().equals(stamps) || !storeAnswers()) {
                // the client's own start reads the new files, or reports the store as a start would
                stop();
                return ResidentProtocol.Answer.declined(ResidentProtocol.Answer.CHANGED);
            }
            if (needsFailedModule(request.args())) {
                return ResidentProtocol.Answer.declined("module failed");
            }
            lastCall = System.currentTimeMillis();
            InputStream stdin = new ByteArrayInputStream(request.stdin() == null ? new byte[0] : request.stdin());
            int status;
            byte[] out;
            byte[] err;
            try (CallStandardStreams streams = CallStandardStreams.open()) {
                // as UapiMain.main writes, so the call prints what it would have printed in a process of its own
                status = UapiMain.run(request.args().toArray(String[]::new), stdin,
                        new PrintWriter(streams.out(), true), new PrintWriter(streams.err(), true), home, this);
                out = streams.outBytes();
                err = streams.errBytes();
            }
            stamps = files.take();
            lastCall = System.currentTimeMillis();
            if (fatalError) {
                // as the server does: after an error such as running out of memory, nothing here is trusted
                stop();
            }
            return new ResidentProtocol.Answer(status, out, err, null);
        } finally {
            calls.unlock();
        }
    }

    /**
     * True when the call needs a module that failed to be created here ({@code --list} needs them all). On its
     * own, a call tries to create its module again, and logs why it fails on its own standard error; the
     * resident host created it once, so it leaves such calls to the client.
     */
    private boolean needsFailedModule(List<String> args) {
        CallOptions options = CallParser.parse(args.toArray(String[]::new));
        if (options == null) {
            return false;
        }
        if (options.list()) {
            return host.registry().slots().stream().anyMatch(slot -> slot.failure() != null);
        }
        ModuleSlot slot = options.words().isEmpty() ? null : host.registry().slot(options.words().get(0));
        return slot != null && slot.failure() != null;
    }

    /**
     * True unless the store is PostgreSQL and does not answer now: a call on its own would then fail to start
     * with the store's message and status 3, and the client's own start gives exactly that. (A SQLite file is
     * in the stamps.)
     */
    private boolean storeAnswers() {
        if (!host.settings().storage().engine().equals("postgresql")) {
            return true;
        }
        try {
            host.signInStorage().get("", "resident-host-probe");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Host open(Path callHome) {
        if (!callHome.equals(home)) {
            // the client sends its call's home, so this does not happen; a host of another home would be wrong
            return HostLease.STARTED.open(callHome);
        }
        return host;
    }

    @Override
    public void release(Host leased) {
        if (leased != host) {
            leased.close();
        }
    }
}
