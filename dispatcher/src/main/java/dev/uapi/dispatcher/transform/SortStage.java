package dev.uapi.dispatcher.transform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code api.sort_column}, {@code api.sort_method} and {@code api.sort_reverse}, unsuffixed and with any suffix.
 *
 * <p>As in cPanel, the sorts are applied from the last set to the first with a stable sort, so the first set is
 * the primary key (like SQL's {@code ORDER BY c, c_0, c_1}), and the first sort in that order whose column the
 * first record does not show (after {@code api.columns_*}) stops the sorting: it and every sort not yet applied
 * get the note {@code The following sort did not pertain to this dataset: !name, lexicographic} ({@code !} when
 * reversed). When a filter was not applied, no sort is. An empty column makes a sort invalid; an unknown method
 * falls back to lexicographic silently.
 */
final class SortStage {

    private static final String PREFIX = "api.sort_";

    private SortStage() {
    }

    /** The valid sorts of a call, in cPanel's order of sets; every invalid one becomes a message. */
    static List<Sort> read(Map<String, String> arguments, TransformReport report) {
        List<Sort> sorts = new ArrayList<>();
        for (ArgumentSet set : ArgumentSet.read(arguments, PREFIX)) {
            Sort sort = Sort.of(set);
            if (sort.column().isEmpty()) {
                report.invalid("sort", "{\"column\":" + Values.json(sort.column()) + ",\"method\":"
                        + Values.jsonOrNull(set.raw("method")) + ",\"reverse\":" + (sort.reverse() ? 1 : 0) + "}",
                        "You are missing the following parameter: column");
            } else {
                sorts.add(sort);
            }
        }
        return sorts;
    }

    /** The items in sorted order; the same list when there is nothing to sort. */
    static List<?> apply(List<?> items, List<Sort> sorts, Fields fields, TransformReport report) {
        int applied = report.anyFilterNotApplied() ? sorts.size() : firstApplied(items, sorts, fields);
        for (Sort sort : sorts.subList(0, applied)) {
            report.message("The following sort did not pertain to this dataset: " + sort.describe());
        }
        if (applied == sorts.size() || items.size() < 2) {
            return items;
        }
        return sorted(items, sorts.subList(applied, sorts.size()), fields);
    }

    // The index of the first sort that is applied: one past the last sort whose column the first record lacks.
    private static int firstApplied(List<?> items, List<Sort> sorts, Fields fields) {
        Object first = Fields.firstRecord(items);
        if (first == null) {
            return 0;
        }
        for (int i = sorts.size() - 1; i >= 0; i--) {
            if (!fields.shows(first, sorts.get(i).column())) {
                return i + 1;
            }
        }
        return 0;
    }

    // One stable sort by every applied key, the first primary: the same order as cPanel's stable sorts from the
    // last key to the first, with each record's keys computed once.
    private static List<Object> sorted(List<?> items, List<Sort> sorts, Fields fields) {
        List<Row> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            SortKey[] keys = new SortKey[sorts.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = sorts.get(i).method().key(fields.value(item, sorts.get(i).column()));
            }
            rows.add(new Row(item, keys));
        }
        rows.sort(order(sorts)); // List.sort is stable
        List<Object> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            result.add(row.item());
        }
        return result;
    }

    private static Comparator<Row> order(List<Sort> sorts) {
        Comparator<Row> order = null;
        for (int i = 0; i < sorts.size(); i++) {
            int index = i;
            Comparator<Row> byKey = (left, right) -> left.keys()[index].compareTo(right.keys()[index]);
            Comparator<Row> directed = sorts.get(i).reverse() ? byKey.reversed() : byKey;
            order = order == null ? directed : order.thenComparing(directed);
        }
        return order;
    }

    /** One sort of a call. */
    record Sort(String column, SortMethod method, boolean reverse) {

        // api.sort_reverse is true as Perl sees truth: anything but the empty string and "0".
        static Sort of(ArgumentSet set) {
            String reverse = set.value("reverse");
            return new Sort(set.value("column"), SortMethod.named(set.value("method")),
                    !reverse.isEmpty() && !reverse.equals("0"));
        }

        String describe() {
            return (reverse ? "!" : "") + column + ", " + method.argument();
        }
    }

    /** An item with its keys, one per sort, computed once. */
    private record Row(Object item, SortKey[] keys) {
    }
}
