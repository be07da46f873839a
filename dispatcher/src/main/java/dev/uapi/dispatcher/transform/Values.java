package dev.uapi.dispatcher.transform;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * How filters and sorts read one field value. A scalar is text, a number or a boolean; maps, lists and other
 * objects are nested values, which no filter matches (a list matches when one of its elements does) and which
 * sort after every scalar.
 */
final class Values {

    // A whole number of up to 15 decimal digits is exact in a double: it needs no text parsed as a double.
    private static final int EXACT_DIGITS = 15;

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
     * The value as Perl reads it as a number, which is how cPanel's {@code lt}, {@code gt} and numeric sorts read
     * it: null is 0, a boolean is 1 or 0, a number is itself, and text is its leading number ({@code "12abc"} is
     * 12, {@code " -1.5e3x"} is -1500, {@code "abc"} and {@code ""} are 0; {@code inf}, {@code infinity} and
     * {@code nan} in any case are what they say). Anything else is 0.
     */
    static double perlNumber(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return leadingNumber(value.toString());
        }
        return 0;
    }

    /** Whether a value means "no limit" to cPanel: the text {@code unlimited} in any case. */
    static boolean isUnlimitedText(Object value) {
        return value instanceof CharSequence text && text.toString().equalsIgnoreCase("unlimited");
    }

    /** The text as a JSON string, quotes included, as cPanel writes a filter's term in its notes. */
    static String json(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    /** The text as a JSON string, or {@code null} for an absent value. */
    static String jsonOrNull(String text) {
        return text == null ? "null" : json(text);
    }

    // Most numbers in listings are counts and sizes written as plain digits: those are read in one loop, the rest
    // by the general reading, which gives the same value for them (ValuesTest compares the two).
    private static double leadingNumber(String text) {
        int length = text.length();
        if (length == 0 || length > EXACT_DIGITS) {
            return perlLeadingNumber(text);
        }
        long whole = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!Ordinals.isDigit(c)) {
                return perlLeadingNumber(text);
            }
            whole = whole * 10 + c - '0';
        }
        return whole;
    }

    // Perl's grok_number: leading white space, a sign, digits with one decimal point, an exponent; or inf/nan.
    // Package-private for the test that compares it with leadingNumber's shortcut.
    static double perlLeadingNumber(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        boolean negative = i > start && text.charAt(start) == '-';
        // inf and nan only where no digit or point starts the number: most values are digits
        boolean numeral = i < length && (Ordinals.isDigit(text.charAt(i)) || text.charAt(i) == '.');
        if (!numeral && startsWithIgnoringCase(text, i, "inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!numeral && startsWithIgnoringCase(text, i, "nan")) {
            return Double.NaN;
        }
        int digits = 0;
        int integerStart = i;
        while (i < length && Ordinals.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        int integerEnd = i;
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && Ordinals.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return 0;
        }
        int end = i;
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < length && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            int exponentDigits = exponent;
            while (exponent < length && Ordinals.isDigit(text.charAt(exponent))) {
                exponent++;
            }
            if (exponent > exponentDigits) {
                end = exponent;
            }
        }
        if (end == integerEnd && digits <= EXACT_DIGITS) {
            // a whole number of up to 15 digits (most counts and sizes) is exact in a double: no text to parse
            long whole = 0;
            for (int d = integerStart; d < integerEnd; d++) {
                whole = whole * 10 + text.charAt(d) - '0';
            }
            return negative ? -(double) whole : whole;
        }
        // Linear in the length: Double.parseDouble reads a bounded number of significant digits.
        return Double.parseDouble(text.substring(start, end));
    }

    private static boolean startsWithIgnoringCase(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }
}
