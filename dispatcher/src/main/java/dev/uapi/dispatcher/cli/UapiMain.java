package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.UapiHome;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The {@code bin/uapi} entry point. */
public final class UapiMain {

    /** The exit status of a usage error, as cPanel's {@code uapi} uses it. */
    static final int USAGE = 2;

    /** The exit status when the host could not start or the call could not run (bad settings, no store). */
    static final int FAILED_START = 3;

    private UapiMain() {
    }

    /**
     * Runs the command line and exits with its status: through the home's resident host when one listens
     * ({@link ResidentClient}), else in this process, starting a resident host for the next calls.
     */
    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        quietLogging(environment.get("UAPI_LOG_LEVEL"));
        Path home = UapiHome.resolve(environment);
        ResidentClient resident = ResidentClient.forCall(args, environment, home);
        InputStream stdin = System.in;
        if (resident != null) {
            try {
                ResidentClient.Outcome outcome = resident.call(System.in, System.out, System.err);
                if (outcome.ran()) {
                    System.exit(outcome.status());
                }
                stdin = outcome.stdin();
            } catch (IOException e) {
                System.err.println("uapi: " + e.getMessage());
                System.exit(FAILED_START);
            }
        }
        int status = run(args, stdin, new PrintWriter(System.out, true), new PrintWriter(System.err, true), home);
        if (resident != null && (status == 0 || status == 1)) {
            resident.startHostIfNone();
        }
        System.exit(status);
    }

    /**
     * Runs the command line in this process, for tests and embedding.
     *
     * <p>A plain call is parsed by {@link CallParser}; picocli is started only for what it leaves (help, the
     * version, unusual spellings) and to print a usage error, so that a call does not pay for it.
     *
     * @return the exit status: 0 when the call succeeded, 1 when it failed, 2 for a usage error, 3 when the
     *     host could not start (bad settings, unreachable store)
     */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Path home) {
        return run(args, stdin, out, err, home, HostLease.STARTED);
    }

    /** As {@link #run(String[], InputStream, PrintWriter, PrintWriter, Path)}, with hosts from {@code hosts}. */
    static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Path home, HostLease hosts) {
        UapiCommand command = new UapiCommand(stdin, home, hosts);
        CallOptions options = CallParser.parse(args);
        if (options == null) {
            return new PicocliCommandLine(command, out, err).execute(args);
        }
        try {
            return command.execute(options, out, err);
        } catch (UsageException e) {
            return new PicocliCommandLine(command, out, err).usageError(e, args);
        } catch (RuntimeException e) {
            report(e, err);
            return FAILED_START;
        }
    }

    /** Prints why the call could not run: a sentence per cause, never a stack trace. */
    static void report(Throwable failure, PrintWriter err) {
        FailureMessage.lines("uapi", failure).forEach(err::println);
        err.flush();
    }

    /**
     * A command-line call prints its answer on standard output; the host's informational log lines would only
     * clutter standard error. The launcher's logging file shows warnings and errors only; {@code UAPI_LOG_LEVEL}
     * asks for another level. Without it, logging stays uninitialised until something is logged.
     */
    private static void quietLogging(String level) {
        if (level == null || level.isBlank()) {
            return;
        }
        java.util.logging.Level chosen = java.util.logging.Level.WARNING;
        try {
            chosen = java.util.logging.Level.parse(level.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("uapi: UAPI_LOG_LEVEL “" + level + "” is not a log level; using WARNING");
        }
        java.util.logging.Logger.getLogger("").setLevel(chosen);
    }

}
