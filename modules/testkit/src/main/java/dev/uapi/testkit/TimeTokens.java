package dev.uapi.testkit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what looks like a point in time in a text: Unix time in seconds (9 to 11 digits) or milliseconds
 * (12 to 14 digits) standing as a word of its own, and ISO-8601 dates with an optional time
 * ({@code 2009-02-13}, {@code 2009-02-13T23:31:30}, {@code 2009-02-13 23:31:30}), taken as UTC.
 */
final class TimeTokens {

    private static final Pattern UNIX_TIME = Pattern.compile("(?<![A-Za-z0-9])\\d{9,14}(?![A-Za-z0-9])");
    private static final Pattern ISO = Pattern.compile(
            "(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?![0-9])");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");

    private TimeTokens() {
    }

    /** The tokens of {@code text} that, read as a time, fall between {@code from} and {@code to} inclusive. */
    static List<String> within(String text, Instant from, Instant to) {
        List<String> found = new ArrayList<>();
        Matcher number = UNIX_TIME.matcher(text);
        while (number.find()) {
            String token = number.group();
            long value = Long.parseLong(token);
            Instant instant = token.length() <= 11 ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
            if (!instant.isBefore(from) && !instant.isAfter(to)) {
                found.add(token);
            }
        }
        Matcher date = ISO.matcher(text);
        while (date.find()) {
            Instant instant = isoInstant(date);
            if (instant != null && !instant.isBefore(from.minusSeconds(86_400)) && !instant.isAfter(to)) {
                found.add(date.group());
            }
        }
        return found;
    }

    /**
     * The text with every ISO date replaced by {@code <time>} and every run of six digits or more by
     * {@code #}: where times, time steps and codes derived from them live, so that two runs at different
     * clock readings can be compared on everything else.
     */
    static String mask(String text) {
        String dates = ISO.matcher(text).replaceAll("<time>");
        return LONG_NUMBER.matcher(dates).replaceAll("#");
    }

    // A date alone counts from its midnight, which is why within() widens the window by a day for it.
    private static Instant isoInstant(Matcher date) {
        try {
            LocalDate day = LocalDate.of(
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
            if (date.group(4) == null) {
                return day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            int seconds = date.group(6) == null ? 0 : Integer.parseInt(date.group(6));
            return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(),
                    Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)), seconds).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // not a date after all, such as 2009-13-45
        }
    }
}
