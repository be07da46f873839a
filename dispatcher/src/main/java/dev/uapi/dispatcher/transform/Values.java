package dev.uapi.dispatcher.transform;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How filters and sorts read one field value. A scalar is text, a number or a boolean; maps, lists and other
 * objects are nested values, which no filter matches (a list matches when one of its scalars does) and which
 * sort after every scalar.
 */
final class Values {

    /**
     * The longest text taken as a number; longer digit runs are text. Parsing a huge run into a {@link BigDecimal}
     * costs time quadratic in its length, and a term is supplied by the caller.
     */
    static final int MAX_NUMBER_LENGTH = 400;

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,9})?");

    private Values() {
    }

    /** Whether the value is text, a number or a boolean. */
    static boolean isScalar(Object value) {
        return value instanceof CharSequence
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Character;
    }

    /**
     * The text of a scalar as a caller sees it in JSON output: {@code 5}, {@code 1.5}, {@code true}. An absent
     * field and a null value read as the empty string, as undef does in cPanel.
     */
    static String text(Object scalar) {
        return scalar == null ? "" : scalar.toString();
    }

    /**
     * The value as an exact decimal number, or null when it is not one. Numbers count, and so does text that is
     * a decimal number ({@code "42"}, {@code "-1.5"}, {@code "2e3"}, surrounding spaces allowed). Booleans, NaN,
     * infinities and any other text ({@code "unlimited"}, {@code ""}) are not numbers.
     */
    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            // Through the shortest decimal text, so that 0.1 stays 0.1 rather than its binary expansion.
            return Double.isFinite(((Number) value).doubleValue()) ? parse(value.toString()) : null;
        }
        if (value instanceof Number || value instanceof CharSequence) {
            return parse(value.toString());
        }
        return null;
    }

    /** The text as a JSON string, quotes included, as cPanel writes a filter's term in its notes. */
    static String json(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    private static BigDecimal parse(String text) {
        String candidate = text.strip();
        if (candidate.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(candidate).matches()) {
            return null;
        }
        try {
            return new BigDecimal(candidate.startsWith("+") ? candidate.substring(1) : candidate);
        } catch (NumberFormatException exponentOutOfRange) {
            return null;
        }
    }
}
