package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.logging.LogSetup;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code bin/uapid} entry point. */
public final class UapidMain {

    /** The exit status when the server cannot start (bad settings, store unreachable, port taken). */
    static final int CANNOT_START = 3;

    private UapidMain() {
    }

    /** Serves until stopped; exits 0 after a graceful stop, 2 for a usage error, 3 when it cannot start. */
    public static void main(String[] args) {
        JettyCacheLine.configure(); // before any thread touches a Jetty class
        // one line per record, ISO time and level; Jetty and the other libraries at warn unless asked
        LogSetup.manage(System.out, System.err, System.getenv("UAPI_LOG_LEVEL"));
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command line, ready to execute; {@link ArchiveTraining} parses with it too. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new UapidCommand(out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            // a few lines: a startup failure is a setting or an environment to fix, not a bug to trace
            FailureMessage.lines("uapid", failure).forEach(err::println);
            err.flush();
            return CANNOT_START;
        });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(2);
        return commandLine;
    }
}
