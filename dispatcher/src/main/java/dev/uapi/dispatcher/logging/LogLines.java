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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean json;

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
        if (!json) {
            return time + " " + level + " " + logger + ": " + message;
        }
        Map<String, String> line = new LinkedHashMap<>();
        line.put("time", time.toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        if (trace != null) {
            line.put("trace", trace);
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            return "{\"time\":\"" + time + "\",\"level\":\"ERROR\",\"message\":\"unprintable log record\"}";
        }
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
