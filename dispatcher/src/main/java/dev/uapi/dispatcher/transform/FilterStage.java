package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code api.filter_column}, {@code api.filter_type} and {@code api.filter_term}, unsuffixed and with any suffix:
 * every applied filter must pass (AND). Items that are not records pass through.
 *
 * <p>As in cPanel: a filter whose arguments are unusable is invalid ({@link #read}); a valid filter whose column
 * the first record does not show (after {@code api.columns_*}) is not applied, is reported as not pertaining, and
 * stops every sort ({@link TransformReport#filterNotApplied}). With any valid filter,
 * {@code metadata.records_before_filter} holds the number of items before filtering.
 */
final class FilterStage {

    private static final String PREFIX = "api.filter_";

    private FilterStage() {
    }

    /** The valid filters of a call, in cPanel's order of sets; every invalid one becomes a message. */
    static List<Filter> read(Map<String, String> arguments, TransformReport report) {
        List<Filter> filters = new ArrayList<>();
        for (ArgumentSet set : ArgumentSet.read(arguments, PREFIX)) {
            valid(set, report).ifPresent(filters::add);
        }
        return filters;
    }

    /**
     * The items that pass every applied filter, in their order; the same list when there is no filter.
     *
     * @param keys gets each kept item, in order, when a filter pass runs: the sort's keys are read while the
     *     item is at hand
     * @param seen gets every item, in order, before the filter reads it (again if a too costly filter makes the
     *     pass start again); what it throws propagates
     */
    static List<?> apply(List<?> items, List<Filter> filters, Fields fields, TransformReport report,
            SortKeyTable keys, Consumer<Object> seen) {
        if (filters.isEmpty()) {
            return allSeen(items, seen);
        }
        report.metadata("records_before_filter", items.size());
        Object first = Fields.firstRecord(items);
        List<Filter> applied = new ArrayList<>(filters.size());
        for (Filter filter : filters) {
            if (first != null && !filter.isEveryField() && !fields.shows(first, filter.column())) {
                report.message("The following filter did not pertain to this dataset: " + filter.describe());
                report.filterNotApplied();
            } else if (!filter.keepsAll()) {
                applied.add(filter);
            }
        }
        return applied.isEmpty() ? allSeen(items, seen) : keep(items, applied, fields, report, keys, seen);
    }

    private static List<?> allSeen(List<?> items, Consumer<Object> seen) {
        for (Object item : items) {
            seen.accept(item);
        }
        return items;
    }

    private static Optional<Filter> valid(ArgumentSet set, TransformReport report) {
        String column = set.value("column");
        String typeName = set.value("type");
        String term = set.raw("term");
        String reason;
        if (column.isEmpty()) {
            reason = "You are missing the following parameter: column";
        } else if (term == null) {
            reason = "You are missing the following parameter: term";
        } else {
            Optional<FilterType> type =
                    typeName.isEmpty() ? Optional.of(FilterType.CONTAINS) : FilterType.named(typeName);
            if (type.isEmpty()) {
                reason = "“" + typeName + "” is not a valid filter type.";
            } else {
                try {
                    Predicate<Object> test = type.get().test(term);
                    return Optional.of(new Filter(column, type.get(), term, test));
                } catch (InvalidFilterException unusable) {
                    reason = unusable.getMessage();
                }
            }
        }
        report.invalid("filter", "[" + Values.jsonOrNull(set.raw("column")) + "," + Values.jsonOrNull(set.raw("type"))
                + "," + Values.jsonOrNull(term) + "]", reason);
        return Optional.empty();
    }

    // One pass in the usual case; a filter that turns out too costly is dropped (not applied) and the pass starts
    // again without it, since the records it already rejected must come back.
    private static List<Object> keep(List<?> items, List<Filter> filters, Fields fields, TransformReport report,
            SortKeyTable keys, Consumer<Object> seen) {
        List<Filter> active = new ArrayList<>(filters);
        while (true) {
            try {
                return pass(items, active, fields, keys, seen);
            } catch (Filter.TooCostlyException tooCostly) {
                keys.clear();
                report.message("The following filter was too costly to evaluate and was skipped: "
                        + tooCostly.filter().describe());
                report.filterNotApplied();
                active.remove(tooCostly.filter());
            }
        }
    }

    private static List<Object> pass(List<?> items, List<Filter> filters, Fields fields, SortKeyTable keys,
            Consumer<Object> seen) {
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            seen.accept(item);
            if (!(item instanceof Map) || passesAll(item, filters, fields)) {
                kept.add(item);
                keys.add(item);
            }
        }
        return kept;
    }

    private static boolean passesAll(Object item, List<Filter> filters, Fields fields) {
        for (Filter filter : filters) {
            if (!filter.passes(item, fields)) {
                return false;
            }
        }
        return true;
    }
}
