package dev.uapi.spi;

import java.time.Instant;

/**
 * The parsing and the error texts of the typed reads, in one place, so that {@link Arguments} and the
 * dispatcher's check of a declared {@link ParameterType} word every refusal the same way.
 */
final class TypedValues {

    /** The largest Unix time an {@link Instant} can hold. */
    private static final long MAX_UNIX_TIME = Instant.MAX.getEpochSecond();

    private TypedValues() {
    }

    /** A decimal whole number: an optional {@code -}, then ASCII digits; null when it is not one or overflows. */
    static Long wholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() > 20) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException overflow) {
            return null;
        }
    }

    /** {@code 1}/{@code true} or {@code 0}/{@code false}; null for anything else. */
    static Boolean bool(String text) {
        return switch (text) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Whole seconds since the epoch, from 0 to what an {@link Instant} holds; null otherwise. */
    static Instant unixTime(String text) {
        Long seconds = wholeNumber(text);
        if (seconds == null || seconds < 0 || seconds > MAX_UNIX_TIME) {
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    /** Whether {@code text} is a value of {@code type}; strings and nested data always are. */
    static boolean fits(ParameterType type, String text) {
        return switch (type) {
            case STRING, NESTED -> true;
            case INTEGER -> wholeNumber(text) != null;
            case BOOLEAN -> bool(text) != null;
            case UNIX_TIME -> unixTime(text) != null;
        };
    }

    /** The refusal of a value that is not of {@code type}; never quotes the value, which may be a secret. */
    static ApiException notA(ParameterType type, String key) {
        return new ApiException(switch (type) {
            case STRING -> "The “" + key + "” argument must be a string.";
            case INTEGER -> "The “" + key + "” argument must be a whole number.";
            case BOOLEAN -> "The “" + key + "” argument must be 1 or 0.";
            case UNIX_TIME -> "The “" + key + "” argument must be a Unix time: a whole number of seconds since"
                    + " 1970-01-01 UTC.";
            case NESTED -> "The “" + key + "” argument must be a JSON object or array.";
        });
    }

    /** The refusal of a whole number outside {@code [min, max]}. */
    static ApiException outOfRange(String key, long min, long max) {
        return new ApiException("The “" + key + "” argument must be a whole number from " + min + " to " + max + ".");
    }
}
