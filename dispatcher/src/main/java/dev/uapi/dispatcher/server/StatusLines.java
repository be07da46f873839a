package dev.uapi.dispatcher.server;

import static java.util.Objects.requireNonNull;

import dev.uapi.dispatcher.logging.LogSetup;
import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code uapid}'s own lines while it starts, serves, reloads and stops, in the log's one-line format with the
 * logger {@code uapid}: {@code 2026-11-30T15:28:28.123Z INFO uapid: serving http://127.0.0.1:2083 (...)}, or a
 * JSON object when {@code log.format} is {@code json}. INFO lines go to {@code out}, WARN and ERROR lines to
 * {@code err}, as the log's records do.
 */
final class StatusLines {

    private static final String LOGGER = "uapid";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    StatusLines(PrintStream out, PrintStream err, Clock clock) {
        this.out = requireNonNull(out, "out is null");
        this.err = requireNonNull(err, "err is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    void info(String message) {
        out.println(LogSetup.lines().line(clock.instant(), "INFO", LOGGER, message));
    }

    void warn(String message) {
        err.println(LogSetup.lines().line(clock.instant(), "WARN", LOGGER, message));
    }

    void error(String message) {
        err.println(LogSetup.lines().line(clock.instant(), "ERROR", LOGGER, message));
        err.flush();
    }
}
