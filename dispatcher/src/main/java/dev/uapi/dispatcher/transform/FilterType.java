package dev.uapi.dispatcher.transform;

import java.util.Optional;
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
    /** The value is less than the term, both read as Perl numbers; the text {@code unlimited} passes too. */
    LT("lt"),
    /** The value is greater than the term, both read as Perl numbers; the text {@code unlimited} fails. */
    GT("gt"),
    /** The value is limited (neither {@code unlimited} nor 0) and less than the term. */
    LT_HANDLE_UNLIMITED("lt_handle_unlimited"),
    /** The value is unlimited ({@code unlimited} or 0) or greater than the term. */
    GT_HANDLE_UNLIMITED("gt_handle_unlimited");

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

    /** Whether the type takes an empty term; {@code ne} and the comparisons would be meaningless with one. */
    boolean allowsEmptyTerm() {
        return switch (this) {
            case CONTAINS, BEGINS, ENDS, MATCHES, EQ -> true;
            case NE, LT, GT, LT_HANDLE_UNLIMITED, GT_HANDLE_UNLIMITED -> false;
        };
    }

    /**
     * Whether an empty term lets every record through. cPanel skips these filters outright (an empty Perl pattern
     * would repeat the last match); {@code eq} with an empty term instead keeps the empty values.
     */
    boolean emptyTermKeepsAll() {
        return switch (this) {
            case CONTAINS, BEGINS, ENDS, MATCHES -> true;
            case EQ, NE, LT, GT, LT_HANDLE_UNLIMITED, GT_HANDLE_UNLIMITED -> false;
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
            case LT -> lessThan(Values.perlNumber(term));
            case GT -> greaterThan(Values.perlNumber(term));
            case LT_HANDLE_UNLIMITED -> limitedLessThan(Values.perlNumber(term));
            case GT_HANDLE_UNLIMITED -> unlimitedOrGreaterThan(Values.perlNumber(term));
        };
    }

    // cPanel's quirk: the text "unlimited" is less than any term and greater than none.
    private static Predicate<Object> lessThan(double bound) {
        return value -> Values.isUnlimitedText(value) || Values.perlNumber(value) < bound;
    }

    private static Predicate<Object> greaterThan(double bound) {
        return value -> !Values.isUnlimitedText(value) && Values.perlNumber(value) > bound;
    }

    // Unlimited is the text "unlimited" or 0 (null, "" and other non-numbers included).
    private static Predicate<Object> limitedLessThan(double bound) {
        return value -> {
            if (Values.isUnlimitedText(value)) {
                return false;
            }
            double number = Values.perlNumber(value);
            return number != 0 && number < bound;
        };
    }

    private static Predicate<Object> unlimitedOrGreaterThan(double bound) {
        return value -> {
            if (Values.isUnlimitedText(value)) {
                return true;
            }
            double number = Values.perlNumber(value);
            return number == 0 || number > bound;
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
