package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code api.filter_column}, {@code api.filter_type} and {@code api.filter_term}, unsuffixed and {@code _N}:
 * every usable filter must pass (AND). Items that are not records pass through.
 *
 * <p>A filter is skipped with a note when its type is unknown, its term does not suit its type, its column is
 * not shown by any record (after {@code api.columns_*}), or its regular expression is too costly. With any filter
 * given, {@code metadata.records_before_filter} holds the number of items before filtering.
 */
final class FilterStage {

    private static final String PREFIX = "api.filter_";

    private FilterStage() {
    }

    /** The items that pass every usable filter, in their order; the same list when there is no filter. */
    static List<?> apply(List<?> items, Map<String, String> arguments, Fields fields, TransformReport report) {
        List<ArgumentSet> sets = ArgumentSet.read(arguments, PREFIX);
        if (sets.isEmpty()) {
            return items;
        }
        report.metadata("records_before_filter", items.size());
        boolean judgeable = Fields.anyRecord(items);
        List<Filter> filters = new ArrayList<>();
        for (ArgumentSet set : sets) {
            usable(set, items, fields, judgeable, report).ifPresent(filters::add);
        }
        return filters.isEmpty() ? items : keep(items, filters, fields, report);
    }

    private static Optional<Filter> usable(
            ArgumentSet set, List<?> items, Fields fields, boolean judgeable, TransformReport report) {
        String typeName = set.value("type");
        Optional<FilterType> type = typeName.isEmpty() ? Optional.of(FilterType.CONTAINS) : FilterType.named(typeName);
        if (type.isEmpty()) {
            report.message("“" + typeName + "” is not a valid filter type.");
            return Optional.empty();
        }
        String term = set.value("term");
        Predicate<Object> test;
        try {
            test = type.get().test(term);
        } catch (InvalidFilterException unusable) {
            report.message(unusable.getMessage());
            return Optional.empty();
        }
        Filter filter = new Filter(set.value("column"), type.get(), term, test);
        if (judgeable && !filter.isEveryField() && !fields.anyRecordHas(items, filter.column())) {
            report.message("The following filter did not pertain to this dataset: " + filter.describe());
            return Optional.empty();
        }
        return filter.keepsAll() ? Optional.empty() : Optional.of(filter);
    }

    // One pass in the usual case; a filter that turns out too costly is dropped and the pass starts again
    // without it, since the records it already rejected must come back.
    private static List<Object> keep(List<?> items, List<Filter> filters, Fields fields, TransformReport report) {
        List<Filter> active = new ArrayList<>(filters);
        while (true) {
            try {
                return pass(items, active, fields);
            } catch (Filter.TooCostlyException tooCostly) {
                report.message("The following filter was too costly to evaluate and was skipped: "
                        + tooCostly.filter().describe());
                active.remove(tooCostly.filter());
            }
        }
    }

    private static List<Object> pass(List<?> items, List<Filter> filters, Fields fields) {
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map) || passesAll(item, filters, fields)) {
                kept.add(item);
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
