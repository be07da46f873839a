package dev.uapi.dispatcher.transform;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/** The values of {@code api.filter_type}: how a filter tests one scalar value against its term. */
enum FilterType {
    /** The value contains the term, ignoring case. The default type. */
    CONTAINS("contains"),
    /** The value begins with the term, ignoring case. */
    BEGINS("begins"),
    /** The value ends with the term, ignoring case. */
    ENDS("ends"),
    /** The term, a regular expression, is found in the value (case-sensitive, unanchored). */
    MATCHES("matches"),
    /** The value's text equals the term. */
    EQ("eq"),
    /** The value's text differs from the term. */
    NE("ne"),
    /** The value is a number less than the term. */
    LT("lt"),
    /** The value is a number greater than the term. */
    GT("gt");

    private final String argument;

    FilterType(String argument) {
        this.argument = argument;
    }

    /** The type an {@code api.filter_type} value names (case-sensitive), or empty when none does. */
    static Optional<FilterType> named(String argument) {
        for (FilterType type : values()) {
            if (type.argument.equals(argument)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The name as the caller writes it. */
    String argument() {
        return argument;
    }

    /** Whether the type takes an empty term; {@code ne}, {@code lt} and {@code gt} would be meaningless with one. */
    boolean allowsEmptyTerm() {
        return switch (this) {
            case CONTAINS, BEGINS, ENDS, MATCHES, EQ -> true;
            case NE, LT, GT -> false;
        };
    }

    /**
     * Whether an empty term lets every record through. cPanel skips these filters outright (an empty Perl pattern
     * would repeat the last match); {@code eq} with an empty term instead keeps the empty values.
     */
    boolean emptyTermKeepsAll() {
        return switch (this) {
            case CONTAINS, BEGINS, ENDS, MATCHES -> true;
            case EQ, NE, LT, GT -> false;
        };
    }

    /**
     * Prepares the test of one scalar value (a text, number or boolean; null for an absent field) once per call.
     *
     * @throws InvalidFilterException when the term does not suit the type
     */
    Predicate<Object> test(String term) {
        if (term.isEmpty() && !allowsEmptyTerm()) {
            throw new InvalidFilterException("A filter of type “" + argument + "” may not have an empty term.");
        }
        return switch (this) {
            case CONTAINS -> value -> containsIgnoringCase(Values.text(value), term);
            case BEGINS -> value -> Values.text(value).regionMatches(true, 0, term, 0, term.length());
            case ENDS -> value -> endsIgnoringCase(Values.text(value), term);
            case MATCHES -> RegexTest.compile(term);
            case EQ -> value -> Values.text(value).equals(term);
            case NE -> value -> !Values.text(value).equals(term);
            case LT -> compared(term, order -> order < 0);
            case GT -> compared(term, order -> order > 0);
        };
    }

    private Predicate<Object> compared(String term, IntPredicate wanted) {
        BigDecimal bound = Values.number(term);
        if (bound == null) {
            throw new InvalidFilterException("A filter of type “" + argument + "” must have a numeric term.");
        }
        return value -> {
            BigDecimal number = Values.number(value);
            return number != null && wanted.test(number.compareTo(bound));
        };
    }

    private static boolean containsIgnoringCase(String text, String term) {
        for (int start = 0; start <= text.length() - term.length(); start++) {
            if (text.regionMatches(true, start, term, 0, term.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsIgnoringCase(String text, String term) {
        int start = text.length() - term.length();
        return start >= 0 && text.regionMatches(true, start, term, 0, term.length());
    }
}
