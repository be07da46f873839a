package dev.uapi.dispatcher.cli;

import dev.uapi.dispatcher.UapiHome;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** The {@code bin/uapi} entry point. */
public final class UapiMain {

    /** The exit status of a usage error, as cPanel's {@code uapi} uses it. */
    static final int USAGE = 2;

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
     * @return the exit status: 0 when the call succeeded, 1 when it failed, 2 for a usage error, 3 when the
     *     host could not start (bad settings, unreachable store)
     */
    public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Path home) {
        CommandLine commandLine = new CommandLine(UapiCommand.spec());
        UapiCommand command = new UapiCommand(stdin, home);
        commandLine.setExecutionStrategy(parsed -> {
            try {
                return command.execute(parsed);
            } catch (CommandLine.ParameterException e) {
                throw e;
            } catch (RuntimeException e) {
                // picocli hands only ExecutionException's cause to the handler below; anything else it prints
                // itself, class name first
                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "", e);
            }
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(UapiMain::exitCode);
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            FailureMessage.lines("uapi", failure).forEach(err::println);
            err.flush();
            return exitCode(failure);
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        commandLine.getCommandSpec().exitCodeOnUsageHelp(0);
        return commandLine.execute(args);
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

    private static int exitCode(Throwable failure) {
        return failure instanceof CommandLine.ParameterException ? USAGE : 3;
    }
}
