package dev.uapi.dispatcher.logging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One log record, one line (its stack trace, when it has one, follows on the next lines in text):
 *
 * <pre>
 * 2026-11-30T13:24:07.123Z WARN uapi.module.TwoFactorAuth: Account alice: 5 wrong security codes in a row; ...
 * {"time":"2026-11-30T13:24:07.123Z","level":"WARN","logger":"uapi.module.TwoFactorAuth","message":"..."}
 * </pre>
 */
public final class LogLines extends Formatter {

    private final boolean json;
    /** The last time formatted: under load many lines share a millisecond, and formatting one costs more than the line. */
    private volatile Stamp lastStamp = new Stamp(Long.MIN_VALUE, 0, "");

    private record Stamp(long seconds, int nanos, String text) {
    }

    /** Made on the first JSON line: a text log (the default) never pays for creating an ObjectMapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** @param json one JSON object per line rather than text */
    public LogLines(boolean json) {
        this.json = json;
    }

    @Override
    public String format(LogRecord record) {
        String trace = record.getThrown() == null ? null : trace(record.getThrown());
        return line(Instant.ofEpochMilli(record.getMillis()), level(record.getLevel()), record.getLoggerName(),
                formatMessage(record), trace) + System.lineSeparator() + (json || trace == null ? "" : trace);
    }

    /**
     * One line in this format, without its line end, for what is written outside java.util.logging (the
     * access log, {@code uapid}'s start-up and status lines) so that every line of a server reads the same.
     *
     * @param level {@code ERROR}, {@code WARN}, {@code INFO} or {@code DEBUG}
     */
    public String line(Instant time, String level, String logger, String message) {
        return line(time, level, logger, message, null);
    }

    private String line(Instant time, String level, String logger, String message, String trace) {
        String stamp = stamp(time);
        if (!json) {
            return stamp + " " + level + " " + logger + ": " + message;
        }
        Map<String, String> line = new LinkedHashMap<>();
        line.put("time", stamp);
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        if (trace != null) {
            line.put("trace", trace);
        }
        try {
            return Json.MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            return "{\"time\":\"" + stamp + "\",\"level\":\"ERROR\",\"message\":\"unprintable log record\"}";
        }
    }

    private String stamp(Instant time) {
        Stamp last = lastStamp;
        if (last.seconds() == time.getEpochSecond() && last.nanos() == time.getNano()) {
            return last.text();
        }
        Stamp stamp = new Stamp(time.getEpochSecond(), time.getNano(), time.toString());
        lastStamp = stamp;
        return stamp.text();
    }

    /** java.util.logging's levels under the names everyone else uses. */
    static String level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    private static String trace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
