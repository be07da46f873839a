package dev.uapi.testkit;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A {@link System.Logger} that keeps every line it is given, fully formatted with its parameters and the
 * message of any throwable, so that a test can assert what a module logs and, above all, what it never
 * logs (a secret, a code, a token). Every level is enabled, so that nothing escapes the check.
 *
 * <p>Safe for use from many threads.
 */
public final class RecordingLogger implements System.Logger {

    private final String name;
    private final List<Line> lines = new ArrayList<>();

    /** A logger with a name. */
    public RecordingLogger(String name) {
        this.name = requireNonNull(name, "name is null");
    }

    /**
     * One logged line.
     *
     * @param level the level
     * @param text the message with its parameters filled in and the throwable's messages appended
     */
    public record Line(Level level, String text) {

        /** Checks for nulls. */
        public Line {
            requireNonNull(level, "level is null");
            requireNonNull(text, "text is null");
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
        record(level, String.valueOf(message) + causes(thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        String text = params == null || params.length == 0 ? format : MessageFormat.format(format, params);
        record(level, String.valueOf(text));
    }

    /** Every line so far, oldest first. */
    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The text of every line so far, oldest first. */
    public synchronized List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }

    private synchronized void record(Level level, String text) {
        lines.add(new Line(level, text));
    }

    // A secret can hide in a cause's message as well as in the line itself.
    private static String causes(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(" | ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }
}
