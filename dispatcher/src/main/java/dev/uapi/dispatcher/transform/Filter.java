package dev.uapi.dispatcher.transform;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;

/**
 * One valid filter of a call: a column ({@code *} for every field), a type and its prepared test. A list value
 * passes when one of its elements (a scalar or null) does; other nested values never pass. Not a value: a
 * {@code matches} filter carries the read budget of its call.
 */
final class Filter {

    static final String EVERY_FIELD = "*";

    private final String column;
    private final FilterType type;
    private final String term;
    private final Predicate<Object> test;

    Filter(String column, FilterType type, String term, Predicate<Object> test) {
        this.column = requireNonNull(column, "column is null");
        this.type = requireNonNull(type, "type is null");
        this.term = requireNonNull(term, "term is null");
        this.test = requireNonNull(test, "test is null");
    }

    String column() {
        return column;
    }

    boolean isEveryField() {
        return column.equals(EVERY_FIELD);
    }

    /** Whether an empty term makes this filter let every record through. */
    boolean keepsAll() {
        return term.isEmpty() && type.emptyTermKeepsAll();
    }

    /**
     * Whether the item passes, reading its fields through the column selection.
     *
     * @throws TooCostlyException when the test exhausted its budget or the stack
     */
    boolean passes(Object item, Fields fields) {
        try {
            return isEveryField() ? fields.anyValue(item, this::passesValue) : passesValue(fields.value(item, column));
        } catch (ReadBudget.ExceededException | StackOverflowError tooCostly) {
            // java.util.regex recurses per repetition, so a long value can exhaust the stack instead of the budget.
            throw new TooCostlyException(this);
        }
    }

    /** How cPanel writes a filter in its notes: {@code name contains "lap"}. */
    String describe() {
        return column + " " + type.argument() + " " + Values.json(term);
    }

    private boolean passesValue(Object value) {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if ((element == null || Values.isScalar(element)) && test.test(element)) {
                    return true;
                }
            }
            return false;
        }
        return (value == null || Values.isScalar(value)) && test.test(value);
    }

    /** A filter that could not be evaluated within its bounds; the stage drops it and says so. */
    static final class TooCostlyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Filter filter;

        TooCostlyException(Filter filter) {
            super(filter.describe(), null, false, false);
            this.filter = filter;
        }

        Filter filter() {
            return filter;
        }
    }
}
