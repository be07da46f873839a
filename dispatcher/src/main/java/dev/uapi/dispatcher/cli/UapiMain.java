package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.UapiHome;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code bin/uapi} entry point. */
public final class UapiMain {

    /** The exit status of a usage error, as cPanel's {@code uapi} uses it. */
    static final int USAGE = 2;

    /** The exit status when the host could not start or the call could not run (bad settings, no store). */
    static final int FAILED_START = 3;

    private UapiMain() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        quietLogging(System.getenv("UAPI_LOG_LEVEL"));
        System.exit(run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                UapiHome.resolve(System.getenv())));
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
        UapiCommand command = new UapiCommand(stdin, home);
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
