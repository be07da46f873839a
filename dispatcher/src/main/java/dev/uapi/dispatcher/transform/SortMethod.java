package dev.uapi.dispatcher.transform;

/**
 * The values of {@code api.sort_method}: how a sort orders one field's values. Each method maps a value to a
 * key in {@link SortKeys}: the values the method understands in its order, other scalars after them as text, nested
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

    /** Whether the keys of this method order numbers: numeric ones, and ipv4 addresses. */
    boolean ordersNumbers() {
        return this != LEXICOGRAPHIC;
    }

    /** Whether the keys of this method order texts: lexicographic ones, and what ipv4 does not understand. */
    boolean ordersTexts() {
        return this == LEXICOGRAPHIC || this == IPV4;
    }

    /** Stores the key of one field value (null for an absent field) as the item at {@code slot}. */
    void key(Object value, SortKeys keys, int slot) {
        if (value != null && !Values.isScalar(value)) {
            keys.rank(slot, SortKeys.Rank.NESTED);
            return;
        }
        switch (this) {
            case LEXICOGRAPHIC -> {
                if (value == null) {
                    keys.rank(slot, SortKeys.Rank.ABSENT);
                } else {
                    keys.text(slot, SortKeys.Rank.ORDERED, Values.text(value));
                }
            }
            case NUMERIC -> keys.number(slot, Values.perlNumber(value));
            case NUMERIC_ZERO_AS_MAX -> numericZeroAsMax(Values.perlNumber(value), keys, slot);
            case IPV4 -> {
                if (value == null) {
                    keys.rank(slot, SortKeys.Rank.ABSENT);
                } else {
                    ipv4(Values.text(value), keys, slot);
                }
            }
        }
    }

    private static void numericZeroAsMax(double number, SortKeys keys, int slot) {
        if (number == 0) {
            keys.rank(slot, SortKeys.Rank.ZERO);
        } else {
            keys.number(slot, number);
        }
    }

    private static void ipv4(String text, SortKeys keys, int slot) {
        long address = 0;
        int octets = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('.', start);
            int octet = octet(text, start, end < 0 ? text.length() : end);
            if (octet < 0 || ++octets > 4) {
                keys.text(slot, SortKeys.Rank.TEXT, text);
                return;
            }
            address = address << 8 | octet;
            start = end < 0 ? text.length() + 1 : end + 1;
        }
        if (octets == 4) {
            keys.address(slot, address);
        } else {
            keys.text(slot, SortKeys.Rank.TEXT, text);
        }
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
