package dev.uapi.dispatcher.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Standard output and error of one call in the resident host, collected to be sent to its client: while the
 * call runs, {@code System.out} and {@code System.err} are this call's, and so is every log line, as they
 * would be in a process of its own (a plugin's warning, an incident's log line). The resident host runs one
 * call at a time, so nothing of another call can slip in.
 */
final class CallStandardStreams implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream callOut;
    private final PrintStream callErr;
    private final PrintStream hostOut;
    private final PrintStream hostErr;

    private CallStandardStreams() {
        Charset charset = Charset.defaultCharset();
        callOut = new PrintStream(out, true, charset);
        callErr = new PrintStream(err, true, charset);
        hostOut = System.out;
        hostErr = System.err;
        System.setOut(callOut);
        System.setErr(callErr);
    }

    /** Points standard output and error at a new call's, until {@link #close()}. */
    static CallStandardStreams open() {
        return new CallStandardStreams();
    }

    /** The call's standard output (as the JVM's own would be). */
    PrintStream out() {
        return callOut;
    }

    /** The call's standard error. */
    PrintStream err() {
        return callErr;
    }

    /** What the call wrote on standard output. */
    byte[] outBytes() {
        callOut.flush();
        return out.toByteArray();
    }

    /** What the call wrote on standard error, log lines included. */
    byte[] errBytes() {
        callErr.flush();
        return err.toByteArray();
    }

    /** Gives standard output and error back to the host. */
    @Override
    public void close() {
        System.setOut(hostOut);
        System.setErr(hostErr);
    }

    /**
     * Makes the root logger's console handlers write to standard error as it is when a line is logged, not as
     * it was when logging started: so a call's log lines go to the call's standard error, and the host's
     * between calls to its own log. Same level, filter and format as the launcher's logging file gives them.
     */
    static void followStandardError() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler console) {
                root.removeHandler(console);
                root.addHandler(new CurrentStandardError(console));
                console.close();
            }
        }
    }

    /** A console handler that looks up {@code System.err} for each line. */
    private static final class CurrentStandardError extends Handler {

        CurrentStandardError(ConsoleHandler like) {
            setLevel(like.getLevel());
            setFilter(like.getFilter());
            setFormatter(like.getFormatter());
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String line;
            try {
                line = getFormatter().format(record);
            } catch (RuntimeException e) {
                reportError(null, e, java.util.logging.ErrorManager.FORMAT_FAILURE);
                return;
            }
            PrintStream err = System.err;
            err.print(line);
            err.flush();
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
