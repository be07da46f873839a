package dev.uapi.dispatcher.server;

import dev.uapi.dispatcher.logging.LogSetup;
import dev.uapi.dispatcher.startup.FailureMessage;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

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
        StartWarmUp.start(); // after the logging: whatever a library logs while it warms up reads as always
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command line, ready to execute; {@link ArchiveTraining} parses with it too. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        UapidCommand command = new UapidCommand(out, err);
        CommandLine commandLine = new CommandLine(UapidCommand.spec());
        commandLine.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            try {
                return command.run(parsed);
            } catch (ParameterException e) {
                throw e;
            } catch (Exception e) {
                // as picocli does for an annotated command: the handler below gets the failure itself
                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "", e);
            }
        });
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
