package dev.uapi.dispatcher.settings;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The {@code log:} section: how {@code uapid} writes its log lines (see {@code docs/server.md}).
 *
 * @param format {@code text} (one line: ISO time, level, logger, message) or {@code json} (one JSON object per
 *     line)
 * @param level the least level shown of uapi's own loggers: {@code error}, {@code warn}, {@code info} or
 *     {@code debug}; {@code debug} also logs the stack trace of a start-up failure
 * @param libraries the least level shown of third-party libraries' loggers (Jetty, HikariCP, ...)
 */
public record LogSettings(String format, String level, String libraries) {

    /** The levels, least verbose first. */
    public static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug");

    /** Text lines, uapi at info, libraries at warn. */
    public static final LogSettings DEFAULTS = new LogSettings("text", "info", "warn");

    /** Checks for nulls. */
    public LogSettings {
        requireNonNull(format, "format is null");
        requireNonNull(level, "level is null");
        requireNonNull(libraries, "libraries is null");
    }

    static LogSettings read(Section section) {
        section.allow(Set.of("format", "level", "libraries"));
        return new LogSettings(
                section.choice("format", DEFAULTS.format(), Set.of("text", "json")),
                section.choice("level", DEFAULTS.level(), LEVELS),
                section.choice("libraries", DEFAULTS.libraries(), LEVELS));
    }
}
