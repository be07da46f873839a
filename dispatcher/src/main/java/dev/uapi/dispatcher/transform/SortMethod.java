package dev.uapi.dispatcher.transform;

/**
 * The values of {@code api.sort_method}: how a sort orders one field's values. Each method maps a value to a
 * {@link SortKey}: the values the method understands in its order, other scalars after them as text, nested
 * values last. {@code api.sort_reverse=1} reverses all of it.
 */
enum SortMethod {
    /** Text order by UTF-16 code unit, case-sensitive; numbers by their text ({@code "10"} before {@code "9"}). */
    LEXICOGRAPHIC("lexicographic"),
    /** Numeric order of Perl numbers: null and text without a leading number are 0, {@code "12abc"} is 12. */
    NUMERIC("numeric"),
    /** Numeric order with every 0 (null and non-numbers included) after the other numbers: 0 means unlimited. */
    NUMERIC_ZERO_AS_MAX("numeric_zero_as_max"),
    /** Dotted-quad IPv4 addresses in address order: {@code 10.0.0.2} before {@code 10.0.0.10}. */
    IPV4("ipv4");

    private final String argument;

    SortMethod(String argument) {
        this.argument = argument;
    }

    /** The method an {@code api.sort_method} value names; lexicographic when it is empty or names none. */
    static SortMethod named(String argument) {
        for (SortMethod method : values()) {
            if (method.argument.equals(argument)) {
                return method;
            }
        }
        return LEXICOGRAPHIC;
    }

    /** The name as the caller writes it. */
    String argument() {
        return argument;
    }

    /** The key of one field value (null for an absent field). */
    SortKey key(Object value) {
        if (value != null && !Values.isScalar(value)) {
            return SortKey.NESTED;
        }
        return switch (this) {
            case LEXICOGRAPHIC -> value == null
                    ? SortKey.ABSENT
                    : new SortKey(SortKey.Rank.ORDERED, Values.text(value));
            case NUMERIC -> numeric(value, false);
            case NUMERIC_ZERO_AS_MAX -> numeric(value, true);
            case IPV4 -> value == null ? SortKey.ABSENT : ipv4(Values.text(value));
        };
    }

    private static SortKey numeric(Object value, boolean zeroAsMax) {
        double number = Values.perlNumber(value);
        if (zeroAsMax && number == 0) {
            return SortKey.ZERO;
        }
        return new SortKey(SortKey.Rank.ORDERED, number);
    }

    private static SortKey ipv4(String text) {
        long address = 0;
        int octets = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('.', start);
            int octet = octet(text, start, end < 0 ? text.length() : end);
            if (octet < 0 || ++octets > 4) {
                return new SortKey(SortKey.Rank.TEXT, text);
            }
            address = address << 8 | octet;
            start = end < 0 ? text.length() + 1 : end + 1;
        }
        return octets == 4 ? new SortKey(SortKey.Rank.ORDERED, address) : new SortKey(SortKey.Rank.TEXT, text);
    }

    // 0 to 255 written with one to three ASCII digits, or -1.
    private static int octet(String text, int start, int end) {
        if (end - start < 1 || end - start > 3) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            if (!Ordinals.isDigit(text.charAt(i))) {
                return -1;
            }
            value = value * 10 + text.charAt(i) - '0';
        }
        return value <= 255 ? value : -1;
    }
}
