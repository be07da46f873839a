package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.Host;
import dev.uapi.dispatcher.modules.ModuleSlot;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The calls of a resident host ({@link ResidentHost}): each one run on the host started once, as
 * {@code bin/uapi} would have run it on a host of its own, or declined, and the client runs it itself: when
 * the client was launched otherwise ({@link ResidentFingerprint}), while another call runs (one at a time, so
 * none waits), when the home changed since the last call ({@link HomeStamps}) or the PostgreSQL store does not
 * answer (then the host stops), and when the call needs a module that failed to be created here.
 */
final class ResidentCalls implements HostLease {

    private final Path home;
    private final String fingerprint;
    private final Host host;
    private final HomeStamps files;
    private final AtomicBoolean fatalError;
    private final Runnable stop;
    private final ReentrantLock calls = new ReentrantLock();
    private String stamps;
    private volatile long lastCall = System.currentTimeMillis();
    private volatile boolean stopping;

    /**
     * @param fatalError set by the host's fatal-error handler: the host stops after the call that had it
     * @param stop stops the resident host
     */
    ResidentCalls(Path home, String fingerprint, Host host, HomeStamps files, AtomicBoolean fatalError,
            Runnable stop) {
        this.home = home;
        this.fingerprint = fingerprint;
        this.host = host;
        this.files = files;
        this.fatalError = fatalError;
        this.stop = stop;
        this.stamps = files.take();
    }

    /**
     * Before the host listens (meanwhile calls run on their own): creates every module, as {@code bin/uapid}
     * does, and renders the module list in each format, so that the first call it answers does not wait for
     * either. The calls of a module that fails to be created are left to their clients
     * ({@link #needsFailedModule}).
     */
    void warmUp() {
        host.loadAll();
        for (String format : new String[] {"yaml", "json", "xml"}) {
            try (CallStandardStreams discarded = CallStandardStreams.open()) {
                UapiMain.run(new String[] {"--list", "--output=" + format}, InputStream.nullInputStream(),
                        new PrintWriter(discarded.out(), true), new PrintWriter(discarded.err(), true), home, this);
            }
        }
    }

    /** True when no call runs and none ran for {@code millis}. */
    boolean idleFor(long millis) {
        return !calls.isLocked() && System.currentTimeMillis() - lastCall >= millis;
    }

    /** Takes no more calls, and returns once a call under way finished. */
    void finish() {
        stopping = true;
        calls.lock();
        calls.unlock();
    }

    /** Runs the call, or says why not. */
    ResidentProtocol.Answer run(ResidentProtocol.Request request) {
        if (!request.fingerprint().equals(fingerprint) || !request.home().equals(home.toString())) {
            return ResidentProtocol.Answer.declined("launched otherwise");
        }
        if (stopping || fatalError.get() || !calls.tryLock()) {
            return ResidentProtocol.Answer.declined("busy");
        }
        try {
            if (!files.take().equals(stamps) || !storeAnswers()) {
                // the client's own start reads the new files, or reports the store as a start would
                stopping = true;
                stop.run();
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
            if (fatalError.get()) {
                // as the server does: after an error such as running out of memory, nothing here is trusted
                stopping = true;
                stop.run();
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
