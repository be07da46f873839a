package dev.uapi.spi;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one syntax of numbers and durations in {@code uapi.yaml}, shared by the host's own sections and every
 * module's {@link ModuleSettings}, so that {@code 30}, {@code "30"} and {@code 30s} mean the same everywhere.
 *
 * <ul>
 *   <li>An <b>integer</b> is an optional {@code -} and decimal digits, quoted or not: {@code 8}, {@code "8"}.
 *       No sign {@code +}, no fraction, no exponent, no separators.</li>
 *   <li>A <b>duration</b> is an integer followed by a unit, {@code ms}, {@code s}, {@code m}, {@code h} or
 *       {@code d} ({@code 900s}, {@code 15m}); a bare integer counts in the unit the setting's name gives
 *       ({@code lockout_seconds: 900}).</li>
 * </ul>
 *
 * @since 0.2
 */
public final class SettingSyntax {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,18})\\s*(ms|s|m|h|d)?");

    private SettingSyntax() {
    }

    /**
     * Reads an integer.
     *
     * @param text the setting's value; surrounding spaces are ignored
     * @return the value, or null when the text is not an integer
     */
    public static Long integer(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        return INTEGER.matcher(trimmed).matches() ? Long.valueOf(trimmed) : null;
    }

    /**
     * Reads a duration.
     *
     * @param text the setting's value; surrounding spaces are ignored, units are case-insensitive
     * @param bareUnit how long one unit of a bare integer is, for example {@link Duration#ofSeconds(long)
     *     Duration.ofSeconds(1)}
     * @return the duration, or null when the text is not a duration
     */
    public static Duration duration(String text, Duration bareUnit) {
        if (text == null) {
            return null;
        }
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2);
        try {
            if (unit == null) {
                return bareUnit.multipliedBy(amount);
            }
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /**
     * Reads an integer from {@code min} to {@code max}.
     *
     * @return the value, or null when the text is not an integer or out of bounds
     */
    public static Long integerWithin(String text, long min, long max) {
        Long parsed = integer(text);
        return parsed == null || parsed < min || parsed > max ? null : parsed;
    }

    /**
     * Reads a duration from {@code min} to {@code max}.
     *
     * @return the duration, or null when the text is not a duration or out of bounds
     */
    public static Duration durationWithin(String text, Duration bareUnit, Duration min, Duration max) {
        Duration parsed = duration(text, bareUnit);
        return parsed == null || parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0 ? null : parsed;
    }

    /** What an integer from {@code min} to {@code max} looks like, for error messages. */
    public static String integerRange(long min, long max) {
        return "an integer from " + min + " to " + max;
    }

    /** What a duration from {@code min} to {@code max} looks like, for error messages. */
    public static String durationRange(Duration min, Duration max) {
        return "a duration from " + describe(min) + " to " + describe(max) + " (for example 30s, 15m, 1h)";
    }

    /** A duration in the largest unit that divides it: {@code 900s} is {@code 15m}. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 86_400_000L == 0 && millis != 0) {
            return millis / 86_400_000L + "d";
        }
        if (millis % 3_600_000L == 0 && millis != 0) {
            return millis / 3_600_000L + "h";
        }
        if (millis % 60_000L == 0 && millis != 0) {
            return millis / 60_000L + "m";
        }
        if (millis % 1000L == 0) {
            return millis / 1000L + "s";
        }
        return millis + "ms";
    }
}
