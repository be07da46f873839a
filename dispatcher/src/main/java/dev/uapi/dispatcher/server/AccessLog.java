package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.logging.BufferedLines;
import dev.uapi.dispatcher.logging.LogSetup;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line per request on standard out, requests Jetty refused itself included, in the log's line format
 * (text or JSON, see {@link LogSetup#lines()}) with the logger {@code uapi.access}:
 *
 * <pre>
 * 2026-11-29T07:30:20.125Z INFO uapi.access: 127.0.0.1 alice "POST /execute/Tokens/list?api.sort_column=name HTTP/1.1" 200 187 3ms
 * </pre>
 *
 * <p>What it leaves out is the point: never the {@code Authorization} header, never a body (request or
 * answer: a new API token is in one), and the values of secret query arguments hidden by
 * {@link QueryRedaction}. The account is the authenticated one, {@code -} when there is none. Long paths are
 * cut, so one request cannot flood the log.
 *
 * <p>Lines are written in batches ({@link BufferedLines}), at the latest {@link #FLUSH_INTERVAL} after their
 * request, and all of them when the log is closed: a line written on its own per request is a system call
 * under the stream's lock, which every other request then waits for.
 */
final class AccessLog implements RequestLog, AutoCloseable {

    /** The longest a line waits before it is written. */
    static final Duration FLUSH_INTERVAL = Duration.ofMillis(100);

    private static final int MAX_TARGET = 1024;
    private static final String LOGGER = "uapi.access";

    private final BufferedLines out;
    private final Clock clock;

    AccessLog(PrintStream out, Clock clock) {
        this.out = new BufferedLines(requireNonNull(out, "out is null"), FLUSH_INTERVAL, "uapid-access-log");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public void log(Request request, Response response) {
        Object account = request.getAttribute(ExecuteHandler.ACCOUNT_ATTRIBUTE);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        String line = Request.getRemoteAddr(request)
                + " " + (account == null ? "-" : account)
                + " \"" + request.getMethod() + " " + target(request) + " " + request.getConnectionMetaData().getProtocol()
                + "\" " + response.getStatus()
                + " " + Response.getContentBytesWritten(response)
                + " " + millis + "ms";
        out.add(LogSetup.lines().line(Instant.ofEpochMilli(clock.millis()), "INFO", LOGGER, line));
    }

    /** Writes every line held so far. */
    void flush() {
        out.flush();
    }

    /** Writes every line held; lines of requests that end later are written at once. */
    @Override
    public void close() {
        out.close();
    }

    private static String target(Request request) {
        HttpURI uri = request.getHttpURI();
        if (uri == null || uri.getPath() == null) {
            // a request line Jetty could not parse
            return "-";
        }
        String path = uri.getPath();
        String query = QueryRedaction.redact(uri.getQuery());
        String target = query == null ? path : path + "?" + query;
        return target.length() <= MAX_TARGET ? target : target.substring(0, MAX_TARGET) + "...";
    }
}
