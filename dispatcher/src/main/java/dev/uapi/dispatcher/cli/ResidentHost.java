package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.fs.OwnerOnlyFiles;
import dev.uapi.dispatcher.internal.HostModule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bin/uapi}'s resident host: one started host per home that answers the command-line calls of its owner,
 * so that a call no longer starts a JVM's worth of host (wiring, store, plugins) each time. It listens on a
 * loopback port and takes a call only with the key it wrote to the owner-only {@code <home>/run/}
 * ({@link ResidentAddress}). Started in the background by the first call that found none
 * ({@link ResidentClient}); stops after {@value #DEFAULT_IDLE_SECONDS} idle seconds ({@code UAPI_RESIDENT_IDLE}),
 * when its address file is removed, on SIGTERM, on a fatal error, or when what it read at start changed.
 *
 * <p>Which calls it runs, and how, is {@link ResidentCalls}: each as {@code bin/uapi} would have run it on a
 * host of its own. Everything a call writes is in the store before its answer is sent.
 */
public final class ResidentHost {

    static final String RUN = "run";
    static final String ADDRESS = "resident.port";
    static final String LOCK = "resident.lock";
    static final String PID = "resident.pid";
    static final String LOG = "resident.log";

    static final String IDLE_VARIABLE = "UAPI_RESIDENT_IDLE";
    static final long DEFAULT_IDLE_SECONDS = 300;

    private static final int GREETING_MILLIS = 5_000;
    private static final long STOP_MILLIS = 10_000;

    private final Path home;
    private final String fingerprint;
    private final long idleMillis;
    private ResidentCalls calls;
    private volatile ServerSocket server;
    private volatile boolean stopping;

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

    /** Starts the host, then serves until it stops; returns the exit status. */
    private int start() throws IOException {
        AtomicBoolean fatalError = new AtomicBoolean();
        Host host;
        try {
            host = Host.start(home, (incident, where, error) -> fatalError.set(true));
        } catch (RuntimeException e) {
            UapiMain.report(e, new PrintWriter(System.err, true));
            return UapiMain.FAILED_START;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndAwait(closed), "uapi-resident-stop"));
        try {
            CallStandardStreams.followStandardError();
            HomeStamps files = HomeStamps.of(host.settings(), HostModule.pluginRoots(host.settings()),
                    System.getProperty("java.class.path", ""));
            calls = new ResidentCalls(home, fingerprint, host, files, fatalError, this::stop);
            calls.warmUp();
            return listen();
        } finally {
            host.close();
            closed.countDown();
        }
    }

    /**
     * On SIGTERM (or any other end of the JVM): takes no more calls, removes the address file, lets a call under
     * way finish and closes the store, as when it stops on its own; then the JVM may end.
     */
    private void stopAndAwait(CountDownLatch closed) {
        stop();
        try {
            closed.await(STOP_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            calls.finish();
            try {
                connections.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
            if (calls.idleFor(idleMillis) || !written.isStill(address)) {
                stop();
            }
        }
    }

    private void stop() {
        stopping = true;
        ServerSocket listening = server;
        if (listening == null) {
            return;
        }
        try {
            listening.close();
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
            ResidentProtocol.write(calls.run(request), out);
        } catch (IOException e) {
            // the client went away, or did not speak this protocol: it runs its call itself, if it has one
        }
    }
}
