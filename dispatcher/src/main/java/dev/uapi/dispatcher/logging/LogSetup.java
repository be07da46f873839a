package dev.uapi.dispatcher.logging;

import dev.uapi.dispatcher.settings.LogSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * {@code uapid}'s logging: every record one line ({@link LogLines}), INFO and below on standard output,
 * warnings and errors on standard error; uapi's own loggers at {@code log.level}, third-party libraries
 * (Jetty, HikariCP) at {@code log.libraries}, warn unless asked. {@code UAPI_LOG_LEVEL} overrides
 * {@code log.level}, so that a start-up failure's trace can be seen when the settings file is what is broken.
 *
 * <p>Only the launcher's {@code main} sets logging up; tests and embedders keep their own.
 */
public final class LogSetup {

    private static final List<String> OWN = List.of("uapi", "dev.uapi");

    // java.util.logging forgets the level of a logger nothing references
    private static final Logger ROOT = Logger.getLogger("");
    private static final List<Logger> OWN_LOGGERS = OWN.stream().map(Logger::getLogger).toList();

    private static volatile Streams streams;

    // text until the settings say otherwise, and for tests and embedders, which keep their own logging
    private static volatile LogLines lines = new LogLines(false);

    private record Streams(PrintStream out, PrintStream err, String override) { }

    private LogSetup() {
    }

    /**
     * Takes over logging with the defaults (text, uapi at info, libraries at warn) until the settings are read.
     *
     * @param out where INFO and below go
     * @param err where warnings and errors go
     * @param override {@code UAPI_LOG_LEVEL}, or null
     */
    public static void manage(PrintStream out, PrintStream err, String override) {
        streams = new Streams(out, err, override == null || override.isBlank() ? null : override.trim());
        apply(LogSettings.DEFAULTS);
    }

    /** Applies the settings file's {@code log:} section, when {@link #manage} took over logging. */
    public static void applyIfManaged(LogSettings settings) {
        if (streams != null) {
            apply(settings);
        }
    }

    private static synchronized void apply(LogSettings settings) {
        Streams current = streams;
        LogManager.getLogManager().reset();
        lines = new LogLines(settings.format().equals("json"));
        Handler toOut = handler(current.out(), lines, Level.ALL);
        toOut.setFilter(record -> record.getLevel().intValue() < Level.WARNING.intValue());
        Handler toErr = handler(current.err(), lines, Level.WARNING);
        ROOT.addHandler(toOut);
        ROOT.addHandler(toErr);
        ROOT.setLevel(level(settings.libraries()));
        Level own = level(current.override() != null ? current.override() : settings.level());
        OWN_LOGGERS.forEach(logger -> logger.setLevel(own));
    }

    /**
     * The line format in use: the settings file's {@code log.format} once {@link #manage} took over logging,
     * text before that and otherwise.
     */
    public static LogLines lines() {
        return lines;
    }

    private static Handler handler(OutputStream stream, LogLines lines, Level level) {
        // a handler closes its stream when replaced: never System.out itself
        OutputStream unclosable = new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
        StreamHandler handler = new StreamHandler(unclosable, lines) {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(level);
        return handler;
    }

    /** {@code error}, {@code warn}, {@code info}, {@code debug} (or a java.util.logging name); else info. */
    static Level level(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "error":
                return Level.SEVERE;
            case "warn":
            case "warning":
                return Level.WARNING;
            case "debug":
            case "fine":
                return Level.FINE;
            case "trace":
            case "finest":
                return Level.FINEST;
            default:
                return Level.INFO;
        }
    }
}
